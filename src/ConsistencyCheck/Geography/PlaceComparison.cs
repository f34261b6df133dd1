using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;
using FuzzySharp;

namespace ConsistencyCheck.Geography;

/// <summary>
/// Places compared by containment in the gazetteer: one place agrees, or is a variant when written otherwise ("Kiev",
/// "Kyiv"); one inside the other is compatible; two places apart contradict. A place the gazetteer does not know is
/// compared by its name: the same words agree, a near spelling of a known place is a variant ("Rammstein").
/// </summary>
internal static class PlaceComparison
{
    public static Comparison Compare(ReportedPlace a, ReportedPlace b, int variantSimilarity)
    {
        var x = Places.Words(a.Written);
        var y = Places.Words(b.Written);
        if (a.Known is { } p && b.Known is { } q)
        {
            if (ReferenceEquals(p, q))
            {
                return x.IsSubsetOf(y) || y.IsSubsetOf(x)
                    ? new Comparison(Verdict.Agree, $"both name {Full(p)}")
                    : new Comparison(Verdict.Variant, $"'{a.Written}' and '{b.Written}' are names of one place, {Full(p)}");
            }
            if (Gazetteer.Contains(p, q) || Gazetteer.Contains(q, p))
            {
                var (wide, narrow) = Gazetteer.Contains(p, q) ? (a, b) : (b, a);
                return new Comparison(Verdict.Compatible, $"{narrow.Written} lies in {wide.Written} ({Full(narrow.Known!)})");
            }
            return new Comparison(Verdict.Contradict, $"{a.Written} ({Full(p)}) and {b.Written} ({Full(q)}) are different places");
        }
        if (x.SetEquals(y))
            return new Comparison(Verdict.Agree, $"both name {a.Written}");
        if (x.IsSubsetOf(y) || y.IsSubsetOf(x))
        {
            var (wide, narrow) = x.IsSubsetOf(y) ? (a, b) : (b, a);
            return new Comparison(Verdict.Compatible, $"{narrow.Written} names a place in {wide.Written}");
        }
        var unknown = a.Known is null ? a : b;
        var similarity = Fuzz.Ratio(Places.Fold(a.Written), Places.Fold(b.Written));
        if (similarity >= variantSimilarity && Math.Min(a.Written.Length, b.Written.Length) >= 5)
        {
            return new Comparison(Verdict.Variant, a.Known is null && b.Known is null
                ? $"'{a.Written}' and '{b.Written}' are spelt alike (similarity {similarity}%), and neither is in the gazetteer"
                : $"'{a.Written}' and '{b.Written}' are spelt alike (similarity {similarity}%), and '{unknown.Written}' is not in the gazetteer: a misspelling");
        }
        if (a.Known is not null || b.Known is not null)
        {
            var known = a.Known is null ? b : a;
            return new Comparison(Verdict.Compatible, $"'{unknown.Written}' is not in the gazetteer, so it may lie in {known.Written}");
        }
        return new Comparison(Verdict.Contradict, $"'{a.Written}' and '{b.Written}' are different places (neither is in the gazetteer)");
    }

    private static string Full(Place place) => string.Join(", ", place.Chain().Select(p => p.Name));
}
