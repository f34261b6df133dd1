using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Dates;

/// <summary>The date recogniser on its own, for rule kinds, tests and the benchmark: every date expression of a text.</summary>
internal static class DateRecogniser
{
    /// <summary>Finds the dates of one sentence (or any text without sentence breaks) read against <paramref name="reference"/>.</summary>
    public static List<DateMention> Recognise(string text, DateOnly reference, LanguagePack language)
    {
        var tokens = new List<Token>();
        var found = new List<DateMention>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        DateScan.Find(text, tokens, reference, language.English, found);
        return found;
    }
}
