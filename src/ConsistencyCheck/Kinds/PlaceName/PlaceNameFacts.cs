using System.Globalization;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using FuzzySharp;

namespace ConsistencyCheck.Kinds.PlaceName;

internal sealed class PlaceNameFacts(int variantSimilarity) : FactPolicy
{
    /// <summary>How alike two names of one gazetteer entry must look to be one place written two ways.</summary>
    private const int AlikeNames = 45;

    /// <summary>How many letters a misspelling may add or drop.</summary>
    private const int LengthSlack = 2;

    /// <summary>All place names are weighed against each other: a misspelling has no subject of its own.</summary>
    public override string GroupKey(Claim claim) => "";

    /// <summary>
    /// A known name is found by the names of its gazetteer entry and by unknown names of its initial and a length
    /// within <see cref="LengthSlack"/>; an unknown name only by known names, since two names the gazetteer does not
    /// know are never one place.
    /// </summary>
    public override IEnumerable<string> BlockingKeys(Claim claim)
    {
        var place = (ReportedPlace)claim.Value;
        if (place.Known is not null)
            yield return "entry:" + place.Known.Id;
        if (place.Folded.Length > 0)
            yield return Spelling(place.Known is not null, place.Folded[0], place.Folded.Length);
    }

    public override IEnumerable<string> SoughtKeys(Claim claim)
    {
        var place = (ReportedPlace)claim.Value;
        if (place.Known is not null)
            yield return "entry:" + place.Known.Id;
        if (place.Folded.Length == 0)
            yield break;
        for (var length = place.Folded.Length - LengthSlack; length <= place.Folded.Length + LengthSlack; length++)
            yield return Spelling(place.Known is null, place.Folded[0], length);
    }

    private static string Spelling(bool known, char initial, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{(known ? "known" : "unknown")}:{initial}:{length}");

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
        return p.Length > 0 && q.Length > 0 && p[0] == q[0] && Math.Abs(p.Length - q.Length) <= LengthSlack && Fuzz.Ratio(p, q) >= variantSimilarity;
    }
}
