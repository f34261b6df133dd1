using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Corpus;

/// <summary>
/// User text (outlet names, file names, quoted words) made safe for the place it is written to: a control character
/// in a terminal could clear the screen or forge a line of the report, and in Markdown a tag would render and an
/// '@name' would notify somebody.
/// </summary>
internal static class Visible
{
    /// <summary>For a terminal or a log: control characters are shown as escapes (\n, \r, \t, \e, \x07, \u0085).</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsControl))
            return text ?? "";
        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u001B' => "\\e",
                _ when c < 0x100 && IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ when IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return shown.ToString();
    }

    /// <summary>For Markdown text: as for a terminal, then every mark Markdown, HTML or GitHub reads (a tag, emphasis, a table's bar, maths between dollar signs, a mention, an issue number, an emoji's name, a bare address) is escaped.</summary>
    public static string Markdown(string? text)
    {
        // A line break inside a table cell or a sentence is a space there, as in the prose it came from.
        var plain = Text(text?.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        var shown = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            shown.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                // GitHub links a mention or an issue number, and draws an emoji for ':name:', in the rendered text,
                // where an entity is already a plain character: only an invisible character after the mark stops it.
                '@' or '#' => c + "&#8203;",
                ':' when i + 1 < plain.Length && !char.IsWhiteSpace(plain[i + 1]) => ":&#8203;",
                // ...and links a bare 'www.' address and a 'GH-12' reference
                '.' when After(plain, i, "www") => "&#8203;.",
                '-' when After(plain, i, "gh") && i + 1 < plain.Length && char.IsAsciiDigit(plain[i + 1]) => "&#8203;-",
                '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '$' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return shown.ToString();
    }

    /// <summary>Whether the word just before position <paramref name="i"/> is <paramref name="word"/>, in any case.</summary>
    private static bool After(string text, int i, string word) =>
        i >= word.Length && text.AsSpan(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (i == word.Length || !char.IsLetterOrDigit(text[i - word.Length - 1]));

    /// <summary>For a Markdown code span, where nothing can be escaped: the marks that would end it are replaced.</summary>
    public static string Code(string? text) => Text(text).Replace('`', '\'');

    /// <summary>For a code span in a table cell, where GitHub ends the cell at a bar even inside the span unless it is escaped.</summary>
    public static string CodeCell(string? text) => Code(text).Replace("|", "\\|", StringComparison.Ordinal);

    // Line and paragraph separators end a line in some terminals and editors, as a line feed does.
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
