using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>Titles of one person (one key, the same given initial) in one term: articles within <c>sameTimeWithinDays</c>.</summary>
internal sealed class TitleFacts(DayWindow sameTime, English english) : FactPolicy
{
    public override bool SameFact(Claim a, Claim b)
    {
        var x = (ReportedTitle)a.Value;
        var y = (ReportedTitle)b.Value;
        if (a.Subject != b.Subject || x.Former != y.Former
            || !sameTime.Holds(a.Article.Published, b.Article.Published))
            return false;
        // Two people who share a surname are told apart by their given names' first letter ("Joe" and "Hunter")
        var p = PersonName.GivenNameOf(x.Person, english);
        var q = PersonName.GivenNameOf(y.Person, english);
        return p is null || q is null || char.ToUpperInvariant(p[0]) == char.ToUpperInvariant(q[0]);
    }

    /// <summary>
    /// One person given two offices of one organisation in one article ("NATO spokesman" and "NATO Secretary General")
    /// is one title written two ways, not two offices held at once. A deputy's office is another matter: "Kremlin
    /// spokesman" and "Kremlin deputy chief of staff" are both Peskov's.
    /// </summary>
    public override bool OneArticleOneFact(Claim a, Claim b) =>
        (ReportedTitle)a.Value is { Organisation: { } organisation } x && (ReportedTitle)b.Value is { } y && organisation == y.Organisation
        && !x.Office.StartsWith("deputy ", StringComparison.Ordinal) && !y.Office.StartsWith("deputy ", StringComparison.Ordinal);
}
