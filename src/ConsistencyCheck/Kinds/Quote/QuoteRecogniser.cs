using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// The quotes of an article with their speakers. A quote takes the attribution right after it ("…,” he said), else the
/// nearest one before it in its sentence ("According to Stoltenberg, “…”"), else the speaker of the quote it follows
/// in its paragraph or the paragraph before (a quote that goes on after its attribution). A quote split by its
/// attribution ("“Let me be clear,” he said, “Ukraine's…”") is one quote.
/// </summary>
internal static class QuoteRecogniser
{
    // "…,” Stoltenberg said at a news conference. “…": the words after an attribution that still let the quote go on.
    private const int MaxWordsBetweenParts = 6;

    public static List<QuoteMention> Find(string text, int bodyStart, IReadOnlyList<Sentence> sentences, QuoteVocabulary vocabulary, English english)
    {
        var passages = new List<QuotedPassage>();
        QuoteScan.Find(text, bodyStart, passages, english);
        if (passages.Count == 0)
            return []; // an article that quotes nobody needs no attribution scan
        var attributions = AttributionScan.Find(text, sentences, passages, vocabulary, english);
        var mentions = new List<QuoteMention>();
        for (var q = 0; q < passages.Count; q++)
        {
            var outer = passages[q].Outer;
            var parts = new List<TextSpan>(passages[q].Parts);
            var after = After(text, attributions, outer.End);
            var split = false;
            if (after is not null && q + 1 < passages.Count && Resumes(text, attributions, parts[^1], outer, after, passages[q + 1]))
            {
                q++;
                parts.AddRange(passages[q].Parts);
                outer = outer.Union(passages[q].Outer);
                split = true;
            }
            var source = after?.Speaker is not null ? after : Before(sentences, attributions, outer.Start);
            var resolution = split ? "split by its attribution; " : "";
            if (source?.Speaker is { } speaker)
            {
                mentions.Add(new QuoteMention(outer, parts, outer.Union(source.Span), speaker, $"{resolution}{source.How} → {speaker.Name}", source.Inferred));
            }
            else if (Follows(text, mentions, outer) is { Speaker: { } earlier })
            {
                mentions.Add(new QuoteMention(outer, parts, outer, earlier,
                    $"{resolution}no attribution of its own: it goes on from the quote of {earlier.Name} before it", Inferred: true));
            }
            else
            {
                var why = after is not null ? $"{after.How}, but nobody is named before it" : "no attribution found";
                mentions.Add(new QuoteMention(outer, parts, outer, null, $"{resolution}{why}: listed, never compared", Inferred: false));
            }
        }
        return mentions;
    }

    /// <summary>The attribution right after a closing mark, with only a comma or a full stop between ("…,” he said).</summary>
    private static Attribution? After(string text, List<Attribution> attributions, int end)
    {
        foreach (var attribution in attributions)
        {
            if (attribution.Span.Start < end)
                continue;
            var between = text.AsSpan(end, attribution.Span.Start - end);
            return between.Length <= 3 && !between.ContainsAnyExcept(" ,.:;\u2014\u2013") ? attribution : null;
        }
        return null;
    }

    /// <summary>The nearest attribution with a speaker before the quote in its own sentence.</summary>
    private static Attribution? Before(IReadOnlyList<Sentence> sentences, List<Attribution> attributions, int start)
    {
        var sentenceStart = sentences.LastOrDefault(s => s.Span.Start <= start).Span.Start;
        return attributions.LastOrDefault(a => a.Speaker is not null && a.Span.Start >= sentenceStart && a.Span.End <= start);
    }

    /// <summary>
    /// Whether the next passage goes on with this quote: this part ends on a comma, only the attribution and a few
    /// words ending in a comma or full stop stand between them, and the next passage has no attribution of its own.
    /// </summary>
    private static bool Resumes(string text, List<Attribution> attributions, TextSpan lastPart, TextSpan outer, Attribution after, QuotedPassage next)
    {
        if (text[lastPart.End - 1] != ',' && (outer.End >= text.Length || text[outer.End] != ','))
            return false;
        if (next.Outer.Start < after.Span.End || After(text, attributions, next.Outer.End) is not null
            || attributions.Exists(a => a.Span.Start > after.Span.Start && a.Span.Start < next.Outer.Start))
            return false; // the next passage has an attribution of its own
        var between = text.AsSpan(after.Span.End, next.Outer.Start - after.Span.End);
        if (between.Contains('\n'))
            return false; // a new paragraph is a new quote, though it may go on with the same speaker
        between = between.Trim();
        if (between.Length > 0 && between[^1] is not (',' or '.' or ':'))
            return false;
        var words = 0;
        foreach (var range in between.Split(' '))
        {
            if (!between[range].IsEmpty)
                words++;
        }
        return words <= MaxWordsBetweenParts;
    }

    /// <summary>The quote this one goes on from: the one before it in its paragraph, or the last of the paragraph before when it opens its own.</summary>
    private static QuoteMention? Follows(string text, List<QuoteMention> mentions, TextSpan outer)
    {
        if (mentions.Count == 0)
            return null;
        var previous = mentions[^1];
        var gap = text.AsSpan(previous.Outer.End, outer.Start - previous.Outer.End);
        var firstBreak = gap.IndexOf('\n');
        if (firstBreak < 0)
            return previous;
        return gap[firstBreak..].IsWhiteSpace() ? previous : null;
    }
}
