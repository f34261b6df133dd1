using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>Figures compared as intervals; a running figure's reports ordered by their moments.</summary>
internal sealed class QuantityComparer : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b) => QuantityComparison.Compare((ReportedQuantity)a.Value, (ReportedQuantity)b.Value);

    /// <summary>
    /// A running figure's reports by the moment their articles were published: they are an update when every two
    /// that disagree were made at different moments, and a figure that only rises (the dead) never falls from one
    /// moment to a later one. Two reports of one moment (one day, when a time of day is missing) that disagree, or a
    /// fall, leave the contradiction standing.
    /// </summary>
    public override Timeline? Timeline(IReadOnlyList<Claim> claims)
    {
        if (claims.Any(c => ((ReportedQuantity)c.Value).Running == RunningFigure.None))
            return null;
        var ordered = claims.OrderBy(c => c.Article.Published).ThenBy(c => c.Article.PublishedTime ?? TimeOnly.MinValue)
            .ThenBy(c => ((ReportedQuantity)c.Value).Updated)
            .ThenBy(c => c.Article.Id, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToList();
        var moved = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var (earlier, later) = (ordered[i], ordered[j]);
                if (Compare(earlier, later).Verdict != Verdict.Contradict)
                    continue;
                var (x, y) = ((ReportedQuantity)earlier.Value, (ReportedQuantity)later.Value);
                if (SameMoment(earlier, later) || (x.Running == RunningFigure.Rising && y.Running == RunningFigure.Rising && y.High is { } high && x.Low is { } low && high < low))
                    return null;
                moved = true;
            }
        }
        if (!moved)
            return null;
        var latest = ordered[^1];
        var steps = new List<string>();
        foreach (var claim in ordered)
        {
            var step = $"{claim.Value.Describe()} ({claim.Article.Outlet}, {claim.Article.Moment})";
            if (steps.Count == 0 || !steps[^1].StartsWith(claim.Value.Describe() + " (", StringComparison.Ordinal))
                steps.Add(step);
        }
        return new Timeline(ordered, latest,
            $"the figure was reported as it moved: {string.Join(", then ", steps)}; the latest is {latest.Value.Describe()} ({latest.Article.Outlet}, {latest.Article.Moment})");
    }

    /// <summary>
    /// Two reports of one day are of one moment unless both articles give the time they were published, or one gives
    /// its figure as an update ("rose to 48") and the other does not.
    /// </summary>
    internal static bool SameMoment(Claim a, Claim b) =>
        a.Article.Published == b.Article.Published
        && ((ReportedQuantity)a.Value).Updated == ((ReportedQuantity)b.Value).Updated
        && (a.Article.PublishedTime is not { } p || b.Article.PublishedTime is not { } q || p == q);
}
