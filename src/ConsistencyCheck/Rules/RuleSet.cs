using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Rules;

/// <summary>The rules of one run, in id order; disabled rules are kept so that `rules` can list them.</summary>
public sealed class RuleSet
{
    private RuleSet(IReadOnlyList<Rule> all)
    {
        All = all;
        Active = [.. all.Where(r => r.Header.Enabled)];
    }

    public IReadOnlyList<Rule> All { get; }
    public IReadOnlyList<Rule> Active { get; }

    public Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    public static RuleSet Read(IEnumerable<SourceFile> files, List<InputError> errors)
    {
        var rules = new List<Rule>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var rule = RuleReader.Read(file, errors);
            if (rule is null)
                continue;
            if (rules.FirstOrDefault(r => r.Id == rule.Id) is { } earlier)
            {
                errors.Add(new InputError(file.Path, 1, 1, $"rule id '{rule.Id}' is already used by {earlier.Header.File}: give each rule its own id"));
                continue;
            }
            rules.Add(rule);
        }
        return new RuleSet([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    public static RuleSet Of(params Rule[] rules) => new([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)]);
}
