using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A quote as an article reports it: the words inside the quote marks, the speaker they are attributed to, and the
/// words normalised for comparison (case, diacritics and punctuation dropped, "won't" as "will not", an editor's
/// bracketed words marked, ellipses kept as gaps).
/// </summary>
internal sealed class ReportedQuote : ClaimValue
{
    // Messages quote at most this many words, so that a long quote keeps a finding readable; the report's
    // quoteText has it whole.
    private const int DescribedWords = 30;

    internal ReportedQuote(string text, IReadOnlyList<QuoteToken> tokens, string content, Speaker? speaker, string resolution, bool speakerInferred)
    {
        SpeakerInferred = speakerInferred;
        Text = text;
        Tokens = tokens;
        Words = QuoteWords.Render(tokens);
        Content = content;
        Speaker = speaker?.Name;
        SpeakerKey = speaker?.Key;
        Resolution = resolution;
    }

    /// <summary>The quoted words as written, the parts of a split quote joined.</summary>
    public string Text { get; }

    /// <summary>The speaker's name in the fullest form the article gives; null when no attribution resolves.</summary>
    public string? Speaker { get; }

    /// <summary>The speaker's surname folded, which quotes by one person share across outlets.</summary>
    public string? SpeakerKey { get; }

    /// <summary>Whether the article names the speaker only through "she said" or a quote before it, not by name.</summary>
    public bool SpeakerInferred { get; }

    /// <summary>The normalised words: "…" for a gap, an editor's words in brackets.</summary>
    public string Words { get; }

    public override string Resolution { get; }

    internal IReadOnlyList<QuoteToken> Tokens { get; }

    /// <summary>The words that carry the quote's content (not grammar words, not negations), for aligning quotes.</summary>
    internal string Content { get; }

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("speaker", Speaker),
        new("quoteText", Text),
        new("words", Words),
    ];

    public override string Describe()
    {
        var words = Text.Split(' ');
        var text = words.Length <= DescribedWords
            ? Text
            : $"{string.Join(' ', words[..(DescribedWords * 2 / 3)])} \u2026 {string.Join(' ', words[^(DescribedWords / 3)..])}";
        return $"\u201C{text}\u201D ({Speaker ?? "speaker unknown"})";
    }
}
