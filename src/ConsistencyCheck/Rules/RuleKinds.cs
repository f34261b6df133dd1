using ConsistencyCheck.Kinds.EventDate;
using ConsistencyCheck.Kinds.EventPlace;
using ConsistencyCheck.Kinds.Measure;
using ConsistencyCheck.Kinds.NameSpelling;
using ConsistencyCheck.Kinds.PlaceName;
using ConsistencyCheck.Kinds.Quantity;
using ConsistencyCheck.Kinds.Quote;
using ConsistencyCheck.Kinds.TimeOfDay;
using ConsistencyCheck.Kinds.Title;

namespace ConsistencyCheck.Rules;

/// <summary>
/// The one registry of rule kinds. Adding a kind is one class in Kinds/ and one line here.
/// </summary>
internal static class RuleKinds
{
    public static IReadOnlyList<RuleKind> All { get; } =
    [
        EventDateRule.Registration,
        EventPlaceRule.Registration,
        PlaceNameRule.Registration,
        QuantityRule.Registration,
        TitleRule.Registration,
        NameSpellingRule.Registration,
        QuoteRule.Registration,
        MeasureRule.Registration,
        TimeOfDayRule.Registration,
    ];

    public static RuleKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
