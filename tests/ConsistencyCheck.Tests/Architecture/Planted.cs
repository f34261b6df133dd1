using ConsistencyCheck.Kinds.Quote;

// A violation planted on purpose, in the test assembly only: the architecture tests must see it, or they could pass
// on an engine that breaks every rule.
namespace ConsistencyCheck.Grouping;

internal static class PlantedViolation
{
    public static bool Use(object value) => value is ReportedQuote;
}
