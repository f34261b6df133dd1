using System.Globalization;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>Figures compared as intervals; a running figure's reports ordered by their moments.</summary>
internal sealed class QuantityComparer : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b) => QuantityComparison.Compare((ReportedQuantity)a.Value, (ReportedQuantity)b.Value);

    public override Timeline? Timeline(IReadOnlyList<Claim> claims)
    {
        if (InOrder(claims) is not { Moved: true } order)
            return null;
        var latest = order.Claims[^1];
        var steps = new List<string>();
        foreach (var claim in order.Claims)
        {
            var step = $"{claim.Value.Describe()} ({claim.Article.Outlet}, {Moment(claim)})";
            if (steps.Count == 0 || !steps[^1].StartsWith(claim.Value.Describe() + " (", StringComparison.Ordinal))
                steps.Add(step);
        }
        return new Timeline(order.Claims, latest,
            $"the figure was reported as it moved: {string.Join(", then ", steps)}; the latest is {latest.Value.Describe()} ({latest.Article.Outlet}, {Moment(latest)})");
    }

    /// <summary>
    /// A running figure's reports in the order of their moments, and whether they moved, when that order explains
    /// every two that disagree; null when it does not. A report's moment is the one its sentence gives ("as of 6
    /// p.m."), else its article's publication; on one day, a report given as an update ("rose to 48") comes after one
    /// that is not. Two reports of one day whose order is unknown are ordered by the other running figures their
    /// articles give (fewer injured, earlier), or, for a figure that only rises, by the figure itself when their
    /// articles give nothing else to go by. A figure that only rises and falls without a correction word, reports of
    /// one moment that differ, or articles whose figures go opposite ways leave the contradiction standing.
    /// </summary>
    internal static (List<Claim> Claims, bool Moved)? InOrder(IReadOnlyList<Claim> claims)
    {
        if (claims.Any(c => Figure(c).Running == RunningFigure.None))
            return null;
        var rising = claims.All(c => Figure(c).Running == RunningFigure.Rising);
        var pace = rising ? null : PaceSubject(claims);
        var ordered = claims.OrderBy(c => MomentOf(c).Day).ThenBy(c => MomentOf(c).Time ?? TimeOnly.MinValue)
            .ThenBy(c => Figure(c).Updated)
            .ThenBy(c => rising ? Point(Figure(c)) : pace is null ? 0 : Reported(c, pace, null) ?? 0)
            .ThenBy(c => c.Article.Id, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToList();
        var moved = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var (earlier, later) = (ordered[i], ordered[j]);
                if (QuantityComparison.Compare(Figure(earlier), Figure(later)).Verdict != Verdict.Contradict)
                    continue;
                var (x, y) = (Figure(earlier), Figure(later));
                if (rising && y.High is { } high && x.Low is { } low && high < low && !y.Corrected)
                    return null;
                if (KnownApart(earlier, later))
                {
                    moved = true;
                    continue;
                }
                if (SameMoment(earlier, later))
                    return null;
                // Of one day, at moments the articles do not give: their other figures must say the same order
                var beside = BesideOrder(earlier, later);
                if (beside is < 0 or 0 || (beside is null && !rising))
                    return null;
                moved = true;
            }
        }
        return (ordered, moved);
    }

    private static ReportedQuantity Figure(Claim claim) => (ReportedQuantity)claim.Value;

    private static decimal Point(ReportedQuantity q) => q.Low ?? q.High ?? 0;

    /// <summary>When the report says its figure was true: the sentence's moment, else the article's publication.</summary>
    internal static FigureMoment MomentOf(Claim claim) =>
        Figure(claim).AsOf ?? new FigureMoment(claim.Article.Published, claim.Article.PublishedTime);

    /// <summary>The moment as a report names it: "14 March 2026 18:10", or "as of 14 March 2026 18:00" from the text.</summary>
    private static string Moment(Claim claim) => Figure(claim).AsOf is { } asOf
        ? "as of " + asOf.Day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + (asOf.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")
        : claim.Article.Moment;

    /// <summary>Whether two reports are known to be of different moments: days, times, or an update after a first report.</summary>
    private static bool KnownApart(Claim a, Claim b)
    {
        var (p, q) = (MomentOf(a), MomentOf(b));
        return p.Day != q.Day || (p.Time is { } s && q.Time is { } t && s != t) || Figure(a).Updated != Figure(b).Updated;
    }

    /// <summary>Two reports known to be of one moment: the same day and time of day, neither given as an update of the other.</summary>
    internal static bool SameMoment(Claim a, Claim b)
    {
        var (p, q) = (MomentOf(a), MomentOf(b));
        return p == q && p.Time is not null && Figure(a).Updated == Figure(b).Updated;
    }

    /// <summary>
    /// How the other rising figures two articles report order them: 1 when the second's are all higher, -1 when one is
    /// lower, 0 when they are all the same (one moment), null when the articles share none or some moved and some did
    /// not: one outlet's toll of 74 beside another's 72, with the same 60 injured, is more likely an error than a moment.
    /// </summary>
    private static int? BesideOrder(Claim earlier, Claim later)
    {
        var (higher, same) = (0, 0);
        foreach (var other in Figure(earlier).Beside)
        {
            if (other.Subject is not { } subject || (subject == earlier.Subject && other.Place == earlier.Place) || Figure(other).Running != RunningFigure.Rising
                || Reported(later, subject, other.Place) is not { } then || Reported(earlier, subject, other.Place) is not { } now)
                continue;
            if (then < now)
                return -1;
            if (then > now)
                higher++;
            else
                same++;
        }
        return higher > 0 && same == 0 ? 1 : same > 0 && higher == 0 ? 0 : null;
    }

    /// <summary>The highest figure of a subject and place the claim's article reports beside it, as one point.</summary>
    private static decimal? Reported(Claim claim, string subject, string? place)
    {
        decimal? most = null;
        foreach (var other in Figure(claim).Beside)
        {
            if (other.Subject == subject && other.Place == place && Figure(other).Owner == Figure(claim).Owner && (most is null || Point(Figure(other)) > most))
                most = Point(Figure(other));
        }
        return most;
    }

    /// <summary>The rising figure most of the reports' articles give beside them, which paces a figure that may fall.</summary>
    private static string? PaceSubject(IReadOnlyList<Claim> claims) =>
        claims.SelectMany(c => Figure(c).Beside.Where(o => Figure(o).Running == RunningFigure.Rising && o.Subject is not null && o.Place is null).Select(o => (o.Subject!, c.Article.Id)).Distinct())
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
