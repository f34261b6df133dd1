using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.People;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.NameSpelling;

/// <summary>
/// <c>kind: name-spelling</c>: how the outlets spell the names they share. Capitalised words that fold to one
/// spelling (case, diacritics and the rule's transliteration table: "Zelenskyy", "Zelensky", "Zelenskiy"; "Kovač",
/// "Kovac") but are written differently are variants; only such differences are reported.
/// </summary>
internal sealed class NameSpellingRule : Rule
{
    private static readonly WholeNumberOption MinLength = new("minLength", 4, 2, 30);

    public static readonly RuleKind Registration = new(
        "name-spelling",
        "how outlets spell the names they share: one name written in different transliterations or accents, reported as variants",
        ["minLength", "transliteration"],
        [MinLength],
        Decode);

    private readonly int _minLength;
    private readonly Transliteration _transliteration;

    private NameSpellingRule(RuleHeader header, int minLength, Transliteration transliteration)
        : base(header)
    {
        _minLength = minLength;
        _transliteration = transliteration;
    }

    public override FactPolicy Facts { get; } = new NameSpellingFacts();

    public override ClaimComparer Comparer { get; } = new NameSpellingComparer();

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["name", "key"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var minLength = MinLength.Read(map);
        var transliteration = Transliteration.Read(map);
        return map.Errors.Count > before ? null : new NameSpellingRule(header, minLength, transliteration);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        foreach (var (sentence, k) in ProperNames.In(analysis, _minLength))
        {
            var token = sentence.Tokens[k];
            var name = article.Text.Substring(token.Start, token.Length);
            // Acronyms and headlines in capitals are not spellings, and the first word of a sentence is capitalised
            // whatever it is, unless a name goes on after it
            if (!name.Any(char.IsLower) || (k == 0 && !ProperNames.NameGoesOn(article.Text, sentence.Tokens, k)))
                continue;
            var key = _transliteration.Key(name);
            claims.Add(new Claim(Id, Kind, article, key, null, new WrittenName(name, key), name, name, ProperNames.EvidenceOf(article, sentence, k)));
        }
    }

    public override string Describe(string subject) => $"the spelling of {subject}";
}
