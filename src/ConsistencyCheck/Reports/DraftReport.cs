using System.Globalization;
using System.Text;
using System.Text.Json;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Verdicts;
using Humanizer;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The pre-publication report: each claim of a draft, in the order it stands in the draft, with what its sources say
/// of it. Text for a terminal, Markdown for a pull request, JSON for tools (docs/report-format.md).
/// </summary>
internal static class DraftReport
{
    public static string Name(this DraftStatus status) => status switch
    {
        DraftStatus.Contradicted => "contradicted",
        DraftStatus.Variant => "variant",
        DraftStatus.Updated => "updated",
        DraftStatus.Confirmed => "confirmed",
        DraftStatus.Compatible => "compatible",
        DraftStatus.Unconfirmed => "unconfirmed",
        DraftStatus.NotCompared => "not-compared",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Name(this SourceRelation relation) => relation switch
    {
        SourceRelation.Contradicts => "contradicts",
        SourceRelation.Variant => "variant",
        SourceRelation.Later => "later",
        SourceRelation.Agrees => "agrees",
        SourceRelation.Compatible => "compatible",
        SourceRelation.Earlier => "earlier",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    public static string Text(DraftReview review, ReportOptions options)
    {
        var text = new StringBuilder();
        var header = $"Draft {Visible.Text(Path(review, review.Draft.Path))} ({Visible.Text(review.Draft.Outlet)}, {Moment(review.Draft)})";
        text.Append(options.Color ? $"\u001b[1m{header}\u001b[0m" : header)
            .Append($" against {Count(review.Sources.Count(), "source")}: {Count(review.Claims.Count, "claim")}\n");
        text.Append("  ").Append(string.Join(" · ", Enum.GetValues<DraftStatus>().Select(s => $"{s.Name()} {review.Count(s)}"))).Append('\n');
        foreach (var source in review.Sources)
            text.Append($"  source: {Visible.Text(source.Outlet)} ({Moment(source)})  {Visible.Text(Path(review, source.Path))}\n");
        var notes = new Notes(Visible.Text, claim => TextReport.Location(review.Report, claim), quote: claim => claim.ValueText);
        foreach (var claim in review.Claims)
        {
            var label = claim.Status.Name().ToUpperInvariant();
            text.Append('\n').Append(options.Color ? $"\u001b[{Colour(claim.Status)};1m{label}\u001b[0m" : label)
                .Append($"  {Visible.Text(claim.Subject)}  [{claim.Claim.RuleId}]  \"{Visible.Text(claim.Claim.ValueText)}\" = {Visible.Text(claim.Claim.Value.Describe())}  {TextReport.Location(review.Report, claim.Claim)}\n");
            foreach (var note in notes.Of(claim))
            {
                text.Append("  ").Append(note.Head).Append('\n');
                foreach (var detail in note.Details)
                    text.Append("    ").Append(detail).Append('\n');
            }
        }
        return text.ToString();
    }

    public static string Markdown(DraftReview review)
    {
        var md = new StringBuilder();
        md.Append($"# Pre-publication check: {Visible.Markdown(review.Draft.Path)}\n\n");
        md.Append($"{Visible.Markdown(review.Draft.Outlet)}, {Moment(review.Draft)}, against {Count(review.Sources.Count(), "source")} ")
            .Append($"({Visible.Markdown(string.Join(", ", review.Sources.Select(s => s.Outlet)))}): {Count(review.Claims.Count, "claim")}.\n\n");
        md.Append("| status | claims |\n|---|---:|\n");
        foreach (var status in Enum.GetValues<DraftStatus>())
            md.Append($"| {status.Name()} | {review.Count(status)} |\n");
        if (review.Claims.Count == 0)
            return md.ToString();
        md.Append("\n| where | status | subject | the draft says | the sources |\n|---|---|---|---|---|\n");
        var notes = new Notes(Visible.Markdown, claim => $"`{Visible.Code(TextReport.Location(review.Report, claim))}`", quote: claim => claim.MatchedText);
        foreach (var claim in review.Claims)
        {
            md.Append($"| `{Visible.CodeCell(TextReport.Location(review.Report, claim.Claim))}` | {claim.Status.Name()} | {Visible.Markdown(claim.Subject)} ")
                .Append($"| \"{Visible.Markdown(claim.Claim.MatchedText)}\" = {Visible.Markdown(claim.Claim.Value.Describe())} | {string.Join("<br>", notes.Of(claim).Select(n => string.Join("; ", [n.Head, .. n.Details])))} |\n");
        }
        return md.ToString();
    }

    public static string Json(DraftReview review) =>
        JsonReport.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", JsonReport.SchemaVersion);
            w.WriteStartObject("draft");
            WriteArticle(w, review.Draft);
            w.WriteStartArray("sources");
            foreach (var source in review.Sources)
            {
                w.WriteStartObject();
                WriteArticle(w, source);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("summary");
            foreach (var status in Enum.GetValues<DraftStatus>())
                w.WriteNumber(status.Name(), review.Count(status));
            w.WriteEndObject();
            w.WriteStartArray("claims");
            foreach (var claim in review.Claims)
                WriteClaim(w, claim);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });

    private static void WriteClaim(Utf8JsonWriter w, DraftClaim claim)
    {
        w.WriteStartObject();
        w.WriteString("status", claim.Status.Name());
        w.WriteString("rule", claim.Claim.RuleId);
        w.WriteString("kind", claim.Claim.Kind);
        w.WriteString("subject", claim.Finding?.Subject ?? claim.Claim.Subject);
        w.WriteString("finding", claim.Finding?.Id);
        JsonReport.WriteClaimFields(w, claim.Claim);
        if (claim.NotCompared is { } reason)
            w.WriteString("notCompared", reason);
        if (claim.Latest is { } latest)
        {
            w.WritePropertyName("latest");
            JsonReport.WriteLatest(w, latest);
        }
        w.WriteStartArray("sources");
        foreach (var source in claim.Sources)
        {
            w.WriteStartObject();
            w.WriteString("relation", source.Relation.Name());
            w.WriteString("finding", source.Finding.Id);
            w.WriteString("reason", source.Reason);
            w.WriteString("path", source.Claim.Article.Path);
            JsonReport.WriteClaimFields(w, source.Claim);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, Article article)
    {
        w.WriteString("article", article.Id);
        w.WriteString("path", article.Path);
        w.WriteString("outlet", article.Outlet);
        w.WriteString("published", article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (article.FrontMatter.PublishedTime is { } time)
            w.WriteString("publishedTime", time.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
    }

    /// <summary>One thing the sources say of a claim: a head line, and the claims or the reason under it.</summary>
    private sealed record Note(string Head, IReadOnlyList<string> Details);

    /// <summary>What the sources say of one claim, written for one format: its escaping, its locations and the words it quotes.</summary>
    private sealed class Notes(Func<string?, string> escape, Func<Claim, string> where, Func<Claim, string> quote)
    {
        public List<Note> Of(DraftClaim claim)
        {
            var notes = new List<Note>();
            foreach (var source in claim.With(SourceRelation.Contradicts))
            {
                if (ReferenceEquals(source.Claim, claim.Claim))
                    notes.Add(new Note($"contradicts itself: {escape(claim.Claim.Article.Outlet)} writes {escape(source.Reason)}", []));
                else if (source.Claim.Article.Path == claim.Claim.Article.Path)
                    notes.Add(new Note($"contradicted by the draft itself: {Said(source.Claim)}", [escape(source.Reason)]));
                else
                    notes.Add(new Note($"contradicted by {escape(source.Claim.Article.Outlet)}: {Said(source.Claim)}", [escape(source.Reason)]));
            }
            if (claim.Latest is { } latest)
                notes.Add(new Note($"updated since: {escape(latest.Value.Describe())} ({escape(latest.Article.Outlet)}, {latest.Article.Moment})  {where(latest)}", []));
            foreach (var source in claim.With(SourceRelation.Variant))
                notes.Add(new Note($"written differently by {escape(source.Claim.Article.Outlet)}: {Said(source.Claim)}", [escape(source.Reason)]));
            var agreeing = claim.With(SourceRelation.Agrees).ToList();
            if (agreeing.Count > 0)
            {
                var outlets = claim.Outlets(SourceRelation.Agrees);
                notes.Add(new Note($"confirmed by {Count(outlets.Count, "source")}: {escape(outlets.Humanize("and"))}",
                    [.. agreeing.Select(s => $"{escape(s.Claim.Article.Outlet)}: {Said(s.Claim)}")]));
            }
            foreach (var source in claim.With(SourceRelation.Compatible))
                notes.Add(new Note($"compatible with {escape(source.Claim.Article.Outlet)}: {Said(source.Claim)}", [escape(source.Reason)]));
            foreach (var source in claim.Sources.Where(s => s.Relation is SourceRelation.Earlier || (s.Relation is SourceRelation.Later && !ReferenceEquals(s.Claim, claim.Latest))))
            {
                var when = source.Relation == SourceRelation.Earlier ? "earlier" : "later";
                notes.Add(new Note($"{when} report by {escape(source.Claim.Article.Outlet)} ({source.Claim.Article.Moment}): {Said(source.Claim)}", []));
            }
            if (claim.Status == DraftStatus.Unconfirmed)
                notes.Add(new Note("unconfirmed: no other article speaks of it", []));
            if (claim.Status == DraftStatus.NotCompared)
                notes.Add(new Note("not compared: no subject a rule knows stands near it ('extract' lists the claim)", []));
            if (claim.NotCompared is { } reason)
                notes.Add(new Note($"kept apart from some claims: {escape(reason)}", []));
            return notes;
        }

        private string Said(Claim claim) => $"\"{escape(quote(claim))}\" = {escape(claim.Value.Describe())}  {where(claim)}";
    }

    private static string Moment(Article article) =>
        new ArticleRef(article.Id, article.Path, article.Outlet, article.Published) { PublishedTime = article.FrontMatter.PublishedTime }.Moment;

    private static string Path(DraftReview review, string path) =>
        review.Report.Story.Root is "" or "." ? path : $"{review.Report.Story.Root.TrimEnd('/')}/{path}";

    private static string Colour(DraftStatus status) => status switch
    {
        DraftStatus.Contradicted => "31",
        DraftStatus.Variant => "33",
        DraftStatus.Updated => "35",
        DraftStatus.Confirmed or DraftStatus.Compatible => "32",
        _ => "36",
    };

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
