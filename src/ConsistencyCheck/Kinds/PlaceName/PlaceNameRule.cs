using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.PlaceName;

/// <summary>
/// <c>kind: place-name</c>: how the outlets spell the places they name, wherever they name them. Names of one
/// gazetteer entry written differently ("Kiev", "Kyiv") and a name the gazetteer does not know that is spelt like
/// one it knows ("Rammstein", "Ramstein") are variants; only such differences are reported.
/// </summary>
internal sealed class PlaceNameRule : Rule
{
    private readonly Gazetteer _gazetteer;
    private static readonly WholeNumberOption MinLength = new("minLength", 7, 4, 30);
    private static readonly WholeNumberOption VariantSimilarity = new("variantSimilarity", 88, 50, 100);

    public static readonly RuleKind Registration = new(
        "place-name",
        "how outlets spell the places they name: alternate names and misspellings of one place, reported as variants",
        ["minLength", "variantSimilarity"],
        [MinLength, VariantSimilarity],
        Decode);

    /// <summary>Shorter capitalised words are not looked up: two- and three-letter towns share their names with grammar words.</summary>
    private const int ShortestName = 4;

    private readonly int _minLength;

    private PlaceNameRule(RuleHeader header, Gazetteer gazetteer, int minLength, int variantSimilarity)
        : base(header)
    {
        _gazetteer = gazetteer;
        _minLength = minLength;
        Facts = new PlaceNameFacts(variantSimilarity);
        Comparer = new PlaceNameComparer(variantSimilarity);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["name", "place", "placeName", "country"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var minLength = MinLength.Read(map);
        var similarity = VariantSimilarity.Read(map);
        return map.Errors.Count > before ? null : new PlaceNameRule(header, gazetteer, minLength, similarity);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var text = article.Text;
        AnalysedSentence? countriesOf = null;
        List<Place> countries = [];
        foreach (var (sentence, k) in ProperNames.In(analysis, ShortestName))
        {
            var tokens = sentence.Tokens;
            if (!ReferenceEquals(countriesOf, sentence))
                (countriesOf, countries) = (sentence, CountriesIn(text, tokens));
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            // A name followed by another capitalised word is part of a longer name ("Hafnia BK", a club) unless
            // the longer name is a place ("Ramstein Air Base"), and a demonym ("Russian") is no misspelt country
            if ((ProperNames.NameGoesOn(text, tokens, k) && !StartsKnownPlace(text, tokens, k)) || !_gazetteer.FindDemonym(word).IsEmpty)
                continue;
            var found = _gazetteer.Find(word);
            // A word the gazetteer does not know is kept only when long enough to be a misspelt place, and never
            // at the start of a sentence, where every word is capitalised
            if (found.IsEmpty && (word.Length < _minLength || k == 0))
                continue;
            var known = found.IsEmpty ? null : Gazetteer.InContext(found, countries);
            var name = word.ToString();
            claims.Add(new Claim(Id, Kind, article, name, null, new ReportedPlace(name, known), name, name, ProperNames.EvidenceOf(article, sentence, k)));
        }
    }

    /// <summary>The countries a sentence names or describes ("Ukraine", "the Ukrainian port"), which say where its other places lie.</summary>
    private List<Place> CountriesIn(string text, List<Token> tokens)
    {
        var countries = new List<Place>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && _gazetteer.CountryOf(text.AsSpan(token.Start, token.Length), demonyms: true) is { } country)
                countries.Add(country);
        }
        return countries;
    }

    /// <summary>Two or three capitalised words from <paramref name="k"/> that the gazetteer knows as one place.</summary>
    private bool StartsKnownPlace(string text, List<Token> tokens, int k)
    {
        for (var last = k + 1; last < tokens.Count && last <= k + 2 && tokens[last].Kind == TokenKind.Word; last++)
        {
            if (!_gazetteer.Find(text.AsSpan(tokens[k].Start, tokens[last].End - tokens[k].Start)).IsEmpty)
                return true;
        }
        return false;
    }

    public override string Describe(string subject) => $"the spelling of {subject}";
}
