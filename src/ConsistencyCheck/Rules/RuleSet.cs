using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Rules;

/// <summary>
/// The rules of one run, in id order. Rules come in layers (the bundled set, then each rules folder the user names):
/// a rule with the id of an earlier one replaces it, a switch (a file with only <c>id</c> and <c>enabled</c>) turns an
/// earlier rule off or on, and a new id adds a rule. Disabled rules are kept so that `rules` can list them.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, RuleSwitch> _switches;

    private RuleSet(IReadOnlyList<Rule> all, Dictionary<string, RuleSwitch> switches)
    {
        All = all;
        _switches = switches;
        Active = [.. all.Where(IsEnabled)];
    }

    public IReadOnlyList<Rule> All { get; }
    public IReadOnlyList<Rule> Active { get; }

    public Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    public bool IsEnabled(Rule rule) => _switches.TryGetValue(rule.Id, out var toggle) ? toggle.Enabled : rule.Header.Enabled;

    /// <summary>The switch file that set this rule's state, when one did.</summary>
    public RuleSwitch? SwitchOf(Rule rule) => _switches.TryGetValue(rule.Id, out var toggle) ? toggle : null;

    /// <summary>One layer of rule files: rule ids must be unique within it.</summary>
    public static RuleSet Read(IEnumerable<SourceFile> files, List<InputError> errors) => Layer([files], errors);

    public static RuleSet Read(IEnumerable<SourceFile> files, List<InputError> errors, Gazetteer gazetteer, LanguagePack language) =>
        Layer([files], errors, gazetteer, language);

    /// <summary>Layers in order, each overriding the ones before by rule id.</summary>
    public static RuleSet Layer(IEnumerable<IEnumerable<SourceFile>> layers, List<InputError> errors) => Layer(layers, errors, Gazetteer.Default, LanguagePack.Bundled);

    /// <summary>The same, with kinds that look places up in <paramref name="gazetteer"/> and read words with <paramref name="language"/>.</summary>
    public static RuleSet Layer(IEnumerable<IEnumerable<SourceFile>> layers, List<InputError> errors, Gazetteer gazetteer, LanguagePack language)
    {
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        var switches = new Dictionary<string, RuleSwitch>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in layer.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var before = errors.Count;
                var toggle = RuleReader.ReadSwitch(file, errors);
                if (errors.Count > before)
                    continue;
                var rule = toggle is null ? RuleReader.Read(file, errors, gazetteer, language) : null;
                var id = toggle?.Id ?? rule?.Id;
                if (id is null)
                    continue;
                if (seen.TryGetValue(id, out var earlier))
                {
                    errors.Add(new InputError(file.Path, 1, 1, $"rule id '{id}' is already used by {earlier}: give each rule its own id"));
                    continue;
                }
                seen[id] = file.Path;
                if (toggle is not null)
                {
                    if (!rules.ContainsKey(id))
                    {
                        errors.Add(new InputError(file.Path, toggle.Line, toggle.Column,
                            $"no earlier rule has the id '{id}', so there is nothing to switch {(toggle.Enabled ? "on" : "off")}: check the id with 'consistencycheck rules'"));
                        continue;
                    }
                    switches[id] = toggle;
                }
                else
                {
                    rules[id] = rule!;
                    switches.Remove(id);
                }
            }
        }
        return new RuleSet([.. rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal)], switches);
    }

    public static RuleSet Of(params Rule[] rules) => new([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)], []);
}

/// <summary>A rule file with only an id and 'enabled': it turns the rule of that id from an earlier layer off or on.</summary>
public sealed record RuleSwitch(string Id, bool Enabled, string File, int Line, int Column);
