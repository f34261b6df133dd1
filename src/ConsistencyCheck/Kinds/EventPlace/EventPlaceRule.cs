using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Events;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.EventPlace;

/// <summary>
/// <c>kind: event-place</c>: where an event takes place ("the summit in Vilnius, Lithuania", "the Ramstein
/// meeting"), dated by the date beside it, and compared through the gazetteer by containment.
/// </summary>
internal sealed class EventPlaceRule : Rule
{
    private readonly Gazetteer _gazetteer;
    private static readonly WholeNumberOption VariantSimilarity = new("variantSimilarity", 85, 50, 100);

    public static readonly RuleKind Registration = new(
        "event-place",
        "where an event takes place, compared through the gazetteer: one place, one inside the other, or two places",
        ["events", "within", "placeWords", "negations", "notEvents", "variantSimilarity"],
        [EventWords.WithinOption, VariantSimilarity],
        Decode);

    private readonly EventWords _events;

    private EventPlaceRule(RuleHeader header, Gazetteer gazetteer, EventWords events, int variantSimilarity)
        : base(header)
    {
        _gazetteer = gazetteer;
        _events = events;
        Comparer = new EventPlaceComparer(variantSimilarity);
    }

    public override FactPolicy Facts { get; } = new EventPlaceFacts();

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["name", "place", "placeName", "country"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var events = EventWords.Read(map, gazetteer, language);
        var similarity = VariantSimilarity.Read(map);
        return map.Errors.Count > before ? null : new EventPlaceRule(header, gazetteer, events, similarity);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var text = article.Text;
        foreach (var (sentence, tokens, dates, _, _) in analysis.Sentences)
        {
            string? sentenceText = null;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (_events.EventAt(text, tokens, k) is not { } subject)
                    continue;
                // The date nearest the event word dates the place: two meetings on two days are two meetings
                var date = _events.NearestDate(dates, k);
                if ((_events.PlaceAfter(text, tokens, k, date?.FirstToken ?? -1, date?.LastToken ?? -1) ?? _events.PlaceBefore(text, tokens, k)) is not { } span)
                    continue;
                var place = article.TextOf(span);
                var matched = span.Union(new TextSpan(tokens[k].Start, tokens[k].Length));
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(span.Start);
                claims.Add(new Claim(Id, Kind, article, subject, null, new ReportedPlace(place, Places.Resolve(_gazetteer, place)), place,
                    article.TextOf(matched), new Evidence(article.Path, line, column, span, sentenceText), when: date?.Value));
            }
        }
    }

    public override string Describe(string subject) => $"the place of the {subject}";
}
