using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>
/// Offices compared through the rule's taxonomy: the same office written alike agrees, written differently is a
/// variant; a word for the head ("chief") fits the office that heads the organisation; another office, or the same
/// office of another known organisation, contradicts.
/// </summary>
internal static class TitleComparison
{
    public static Comparison Compare(ReportedTitle a, ReportedTitle b, IReadOnlySet<string> headOffices)
    {
        if (a.Organisation is { } x && b.Organisation is { } y && x != y)
            return new Comparison(Verdict.Contradict, $"'{a.Written}' and '{b.Written}' name offices of different organisations, {x} and {y}");
        if (a.Generic && b.Generic)
        {
            return a.Office == b.Office
                ? Same(a, b)
                : new Comparison(Verdict.Variant, $"'{a.Office}' and '{b.Office}' are both words for the head");
        }
        if (a.Generic || b.Generic)
        {
            var (word, office) = a.Generic ? (a, b) : (b, a);
            return headOffices.Contains(office.Office)
                ? new Comparison(Verdict.Compatible, $"'{word.Written}' is a word for the head, and the {office.Office} is the head")
                : new Comparison(Verdict.Contradict, $"'{word.Written}' names the head, but a {office.Office} is not the head");
        }
        return a.Office == b.Office
            ? Same(a, b)
            : new Comparison(Verdict.Contradict, $"'{a.Written}' and '{b.Written}' are different offices: {a.Office} and {b.Office}");
    }

    private static Comparison Same(ReportedTitle a, ReportedTitle b)
    {
        var p = Words(a.Written);
        var q = Words(b.Written);
        // "NATO Secretary General" and "Secretary General" write the office alike, one with its organisation; so do
        // "mayor of Elmstadt" and "Mayor", the organisation after the office
        var (longer, shorter) = p.Length >= q.Length ? (p, q) : (q, p);
        if (longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter)
            || (longer.AsSpan(0, shorter.Length).SequenceEqual(shorter) && longer.Length > shorter.Length && longer[shorter.Length] == "of"))
            return new Comparison(Verdict.Agree, $"both name the {a.Office}");
        return new Comparison(Verdict.Variant, $"'{a.Written}' and '{b.Written}' are the same office, the {a.Office}, written differently");
    }

    private static string[] Words(string written) => Places.Fold(written).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
