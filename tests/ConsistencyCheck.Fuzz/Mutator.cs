using System.Text;

namespace ConsistencyCheck.Fuzzing;

/// <summary>
/// Makes odd inputs out of good ones, as a mutation fuzzer does: flips, cuts, repeats and splices bytes, and drops in
/// the characters that break parsers of news text (quote marks, fences, line ends, digits, NULs, surrogates).
/// Seeded, so a failure names an input that can be made again.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "---", "\n", "\r", "\r\n", "\0", "\t", ":", "- ", "? ", "&", "*", "[", "]",
        "{", "}", "|", "#", "<b>", "</b>", "<!--", "```", "1e309", "7.9e28", "9999-12-31", "0001-01-01", "31 December 9999",
        "tomorrow", "yesterday", "last week", "€", "$", "%", "billion", "-", "—", "..", "\uD83D\uDE00", "\uD800", "\u200B",
        "killed", "said", "summit", "President", "Mr.", "\u00A0", "&amp;", "?", "!", "12", "3,000", "0.5", "⅓",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string input)
    {
        var text = new StringBuilder(input);
        var edits = 1 + _random.Next(8);
        for (var i = 0; i < edits; i++)
        {
            var at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
            switch (_random.Next(6))
            {
                case 0:
                    text.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + _random.Next(40), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 2 when text.Length > 0:
                    var start = _random.Next(text.Length);
                    var length = Math.Min(1 + _random.Next(200), text.Length - start);
                    var piece = text.ToString(start, length);
                    for (var r = _random.Next(1, 20); r > 0; r--)
                        text.Insert(at, piece);
                    break;
                case 3 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)_random.Next(0, 0x3000);
                    break;
                case 4:
                    text.Insert(at, new string(Tokens[_random.Next(Tokens.Length)][0], 1 + _random.Next(300)));
                    break;
                default:
                    text.Insert(at, ' ');
                    break;
            }
        }
        return text.ToString();
    }
}
