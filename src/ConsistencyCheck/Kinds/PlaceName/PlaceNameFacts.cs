using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using FuzzySharp;

namespace ConsistencyCheck.Kinds.PlaceName;

internal sealed class PlaceNameFacts(int variantSimilarity) : FactPolicy
{
    /// <summary>How alike two names of one gazetteer entry must look to be one place written two ways.</summary>
    private const int AlikeNames = 45;

    /// <summary>All place names are weighed against each other: a misspelling has no subject of its own.</summary>
    public override string GroupKey(Claim claim) => "";

    /// <summary>
    /// One place: the same gazetteer entry, or a name it does not know spelt like one it knows. Two names it does not
    /// know are never put together: nothing says either is a place.
    /// </summary>
    public override bool SameFact(Claim a, Claim b)
    {
        var x = (ReportedPlace)a.Value;
        var y = (ReportedPlace)b.Value;
        // Names of one entry must also look alike: transliterations ("Kiev", "Kyiv") are a style question, while an
        // old or foreign name ("Hafnia" for Copenhagen, also a club's name) more often names something else
        if (x.Known is not null && y.Known is not null)
            return ReferenceEquals(x.Known, y.Known) && Fuzz.Ratio(x.Folded, y.Folded) >= AlikeNames;
        if (x.Known is null && y.Known is null)
            return false;
        var p = x.Folded;
        var q = y.Folded;
        return p[0] == q[0] && Math.Abs(p.Length - q.Length) <= 2 && Fuzz.Ratio(p, q) >= variantSimilarity;
    }
}
