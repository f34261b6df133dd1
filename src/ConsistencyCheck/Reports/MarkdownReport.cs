using System.Globalization;
using System.Text;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The pull-request comment: each story's summary, its contradictions and internal findings in full, the other
/// findings folded in <c>&lt;details&gt;</c>, and <c>single</c> findings only counted unless asked for.
/// </summary>
public static class MarkdownReport
{
    /// <summary>A GitHub comment holds 65,536 characters; the rest is room for a workflow's own heading.</summary>
    public const int CommentLimit = 60_000;

    public static string Check(IReadOnlyList<StoryReport> reports) => Check(reports, default);

    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var comment = new MarkdownComment(options);
        var md = new StringBuilder();
        foreach (var report in reports)
            md.Append(comment.Story(report));
        return md.Append(comment.End()).ToString();
    }
}

/// <summary>
/// Writes a comment within <see cref="ReportOptions.CharacterLimit"/>. The stories with contradictions or internal
/// findings go in first with them, then the other stories' summaries, then the folded findings, then the rest, so
/// that a cut comment keeps what most needs a look; its end says what was left out, so it never passes for a whole one.
/// The stories are held as Markdown until the end: what fits is known only once all are in.
/// </summary>
internal sealed class MarkdownComment(ReportOptions options)
{
    // The end's account of what was left out must always fit.
    private const int Reserve = 1_500;

    private static readonly Verdict[] InFull = [Verdict.Internal, Verdict.Contradict];
    private static readonly Verdict[] Folded = [Verdict.Variant, Verdict.Updated, Verdict.Compatible, Verdict.Agree];

    private readonly List<StoryText> _stories = [];

    public string Story(StoryReport report)
    {
        var listing = Listing.Of(report, options);
        // Unconfirmed facts are most of a story's findings and need no review unless asked for.
        var singlesAsked = options.Verdicts?.Contains(Verdict.Single) == true;
        var listed = listing.Findings.Where(f => singlesAsked || f.Verdict != Verdict.Single).ToList();
        var story = new StoryText(report.Story.Name, Head(report, listing, singlesAsked));
        if (report.Checked)
        {
            foreach (var finding in listed.Where(f => f.Verdict != Verdict.Single))
                story.Pieces.Add(new Piece(finding.Verdict, InFull.Contains(finding.Verdict) ? 1 : 2, Block(report, finding)));
            foreach (var finding in listed.Where(f => f.Verdict == Verdict.Single))
                story.Pieces.Add(new Piece(Verdict.Single, 3, Rows(report, finding)));
            foreach (var note in report.NotCompared)
                story.Pieces.Add(new Piece(null, 4, $"| {Where(report, note.Claim)} | \"{Escape(note.Claim.MatchedText)}\" | {Escape(note.Reason)} |\n"));
        }
        _stories.Add(story);
        return "";
    }

    /// <summary>The whole comment: what fits, and what was left out.</summary>
    public string End()
    {
        var limit = options.CharacterLimit > 0 ? Math.Max(options.CharacterLimit - Reserve, 0) : int.MaxValue;
        var used = 0;
        // Greedy, in story then document order; the sections' headings and folds are counted as they open. The
        // stories with contradictions come first, each with its contradictions, so that a tight limit keeps those
        // rather than the heads of quiet stories; then the other stories' heads, then the folded findings and the rest.
        var urgent = _stories.Where(s => s.Pieces.Any(p => p.Priority == 1)).ToList();
        foreach (var story in urgent)
        {
            Head(story, ref used, limit);
            Show(story, 1, ref used, limit);
        }
        foreach (var story in _stories.Except(urgent))
            Head(story, ref used, limit);
        foreach (var priority in new[] { 2, 3, 4 })
        {
            foreach (var story in _stories)
                Show(story, priority, ref used, limit);
        }
        var md = new StringBuilder();
        foreach (var story in _stories.Where(s => s.Shown))
            md.Append(md.Length > 0 ? "\n" : "").Append(story.Render());
        return md.Append(LeftOut()).ToString();
    }

    private static void Head(StoryText story, ref int used, int limit)
    {
        story.Shown = used + story.Head.Length + 1 <= limit;
        used += story.Shown ? story.Head.Length + 1 : 0;
    }

    private static void Show(StoryText story, int priority, ref int used, int limit)
    {
        if (!story.Shown)
            return;
        foreach (var piece in story.Pieces.Where(p => p.Priority == priority))
        {
            var cost = Cost(story, piece);
            if (used + cost <= limit)
                used += cost;
            else
                piece.Shown = false;
        }
    }

    /// <summary>
    /// What showing the piece adds: measured when it opens its section or fold, else its text and room for a count
    /// in a fold's summary to gain a digit. Marks the piece shown.
    /// </summary>
    private static int Cost(StoryText story, Piece piece)
    {
        if (story.Pieces.Any(p => p.Shown && p.Verdict == piece.Verdict))
        {
            piece.Shown = true;
            return piece.Text.Length + 2;
        }
        var before = story.Render().Length;
        piece.Shown = true;
        return story.Render().Length - before;
    }

    private string LeftOut()
    {
        var storiesLeftOut = _stories.Where(s => !s.Shown).Select(s => s.Name).ToList();
        var findingsLeftOut = _stories
            .SelectMany(s => s.Pieces.Where(p => p.Verdict is not null && (!s.Shown || !p.Shown)))
            .GroupBy(p => p.Verdict!.Value)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.Name()}")
            .ToList();
        var notesLeftOut = _stories.Sum(s => s.Pieces.Count(p => p.Verdict is null && (!s.Shown || !p.Shown)));
        if (storiesLeftOut.Count == 0 && findingsLeftOut.Count == 0 && notesLeftOut == 0)
            return "";
        var parts = new List<string>();
        if (findingsLeftOut.Count > 0)
            parts.Add(string.Join(", ", findingsLeftOut));
        if (notesLeftOut > 0)
            parts.Add($"{notesLeftOut} not compared");
        if (storiesLeftOut.Count > 0)
        {
            const int named = 10;
            var names = string.Join(", ", storiesLeftOut.Take(named).Select(Shortened));
            var more = storiesLeftOut.Count > named ? $" and {storiesLeftOut.Count - named} more" : "";
            parts.Add($"all of {TextReport.Count(storiesLeftOut.Count, "story", "stories")} ({names}{more})");
        }
        return $"\n---\n\n**Left out at the {options.CharacterLimit.ToString("N0", CultureInfo.InvariantCulture)}-character limit**: {string.Join("; ", parts)}. "
            + "The whole report: `--format markdown --max-chars 0`, or `--format html`.\n";
    }

    /// <summary>A story's name in at most 60 characters once escaped, so that the account of what was left out keeps to its reserve.</summary>
    private static string Shortened(string name)
    {
        const int room = 60;
        if (Escape(name) is { Length: <= room } whole)
            return whole;
        var length = name.Length;
        while (length > 0 && Escape(name[..length]).Length > room - 1)
            length--;
        return Escape(name[..length]) + "…";
    }

    private static string Head(StoryReport report, Listing listing, bool singlesAsked)
    {
        var md = new StringBuilder($"# Consistency report: {Escape(report.Story.Name)}\n\n");
        if (!report.Checked)
        {
            md.Append($"**Not checked**: {TextReport.Count(report.Errors.Count, "error")} in its input.\n\n");
            foreach (var error in report.Errors)
                md.Append($"- `{Visible.Code(error.ToString())}`\n");
            return md.ToString();
        }
        md.Append($"{TextReport.Count(report.Story.Articles.Count, "article")}, {TextReport.Count(report.Claims.Count, "claim")}, {TextReport.Count(report.Findings.Count, "finding")}. ");
        md.Append($"Seen {report.Coverage}: {report.Coverage.Unchecked} not checked by any rule.\n\n");
        var latest = report.Findings.Select(f => f.Latest()).OfType<string>().ToList();
        foreach (var line in latest)
            md.Append($"- Latest {Escape(line)}\n");
        if (latest.Count > 0)
            md.Append('\n');
        md.Append("| verdict | findings |\n|---|---:|\n");
        foreach (var verdict in Enum.GetValues<Verdict>())
            md.Append($"| {verdict.Name()} | {report.Count(verdict)} |\n");
        var notes = TextReport.ReviewLines(report, listing).Select(Escape).ToList();
        var singles = listing.Findings.Count(f => f.Verdict == Verdict.Single);
        if (!singlesAsked && singles > 0)
            notes.Add($"{TextReport.Count(singles, "single finding")} (one outlet each) {(singles == 1 ? "is" : "are")} only counted: `--show single` lists them");
        if (notes.Count > 0)
            md.Append('\n');
        foreach (var line in notes)
            md.Append("- ").Append(line).Append('\n');
        return md.ToString();
    }

    private string Block(StoryReport report, Finding finding)
    {
        var block = new StringBuilder($"\n### {Escape(finding.Subject)}\n\n");
        block.Append($"{Escape(finding.Message())}\n\n");
        block.Append($"Rule `{Visible.Code(finding.Rule.Id)}`, severity {finding.Severity.ToString().ToLowerInvariant()}, id `{Visible.Code(finding.Id)}`{Escape(TextReport.Change(report, finding))}.\n\n");
        block.Append("| # | outlet | says | means | where |\n|---:|---|---|---|---|\n");
        foreach (var (claim, position) in finding.Claims)
            block.Append($"| {position} | {Escape(claim.Article.Outlet)} | \"{Escape(claim.MatchedText)}\" | {Escape(claim.Value.Describe())} | {Where(report, claim)} |\n");
        return block.ToString();
    }

    private string Rows(StoryReport report, Finding finding)
    {
        var rows = new StringBuilder();
        foreach (var (claim, _) in finding.Claims)
            rows.Append($"| {Escape(finding.Subject)} | `{Visible.CodeCell(finding.Rule.Id)}` | {Escape(claim.Article.Outlet)} | \"{Escape(claim.MatchedText)}\" | {Escape(claim.Value.Describe())} | {Where(report, claim)} |\n");
        return rows.ToString();
    }

    /// <summary>The claim's place, linked to the file's line when the report was given a base address.</summary>
    private string Where(StoryReport report, Claim claim)
    {
        var location = TextReport.Location(report, claim);
        if (options.LinkBase?.To(TextReport.RepositoryPath(report, claim.Evidence.Path), claim.Evidence.Line) is not { } address)
            return $"`{Visible.CodeCell(location)}`";
        return $"[`{Visible.CodeCell(location)}`](<{address}>)";
    }

    private static string Escape(string text) => Visible.Markdown(text);

    /// <summary>A finding's block, a single's rows or a note not compared: in the comment or left out as a whole.</summary>
    private sealed class Piece(Verdict? verdict, int priority, string text)
    {
        public Verdict? Verdict { get; } = verdict;
        public int Priority { get; } = priority;
        public string Text { get; } = text;
        public bool Shown { get; set; }
    }

    private sealed class StoryText(string name, string head)
    {
        public string Name { get; } = name;
        public string Head { get; } = head;
        public List<Piece> Pieces { get; } = [];
        public bool Shown { get; set; }

        /// <summary>The story with the pieces shown so far: in full first, the rest folded, singles and notes last.</summary>
        public string Render()
        {
            var md = new StringBuilder(Head);
            var shown = Pieces.Where(p => p.Shown).ToList();
            foreach (var verdict in InFull)
                Section(md, verdict, shown.Where(p => p.Verdict == verdict).ToList());
            var rest = shown.Where(p => p.Verdict is { } v && Folded.Contains(v)).ToList();
            if (rest.Count > 0)
            {
                var counts = string.Join(", ", Folded.Select(v => (v, n: rest.Count(p => p.Verdict == v))).Where(c => c.n > 0).Select(c => $"{c.n} {c.v.Name()}"));
                md.Append($"\n<details>\n<summary>{TextReport.Count(rest.Count, "more finding")}: {counts}</summary>\n");
                foreach (var verdict in Folded)
                    Section(md, verdict, rest.Where(p => p.Verdict == verdict).ToList());
                md.Append("\n</details>\n");
            }
            var singles = shown.Where(p => p.Verdict == Verdicts.Verdict.Single).ToList();
            if (singles.Count > 0)
            {
                md.Append($"\n<details>\n<summary>{TextReport.Count(singles.Count, "single finding")}: one outlet each</summary>\n\n");
                md.Append("| subject | rule | outlet | says | means | where |\n|---|---|---|---|---|---|\n");
                foreach (var piece in singles)
                    md.Append(piece.Text);
                md.Append("\n</details>\n");
            }
            var notes = shown.Where(p => p.Verdict is null).ToList();
            if (notes.Count > 0)
            {
                md.Append($"\n<details>\n<summary>{notes.Count} not compared</summary>\n\n| where | says | why |\n|---|---|---|\n");
                foreach (var piece in notes)
                    md.Append(piece.Text);
                md.Append("\n</details>\n");
            }
            return md.ToString();
        }

        private static void Section(StringBuilder md, Verdict verdict, List<Piece> pieces)
        {
            if (pieces.Count == 0)
                return;
            md.Append($"\n## {verdict.Name()}\n");
            foreach (var piece in pieces)
                md.Append(piece.Text);
        }
    }
}
