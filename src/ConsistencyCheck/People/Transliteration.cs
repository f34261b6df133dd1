using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.People;

/// <summary>
/// A rule's table of letters that transliterations of one name write differently ("yy: y", "iy: y"), and the key a
/// name folds to with it, so that "Zelenskyy", "Zelenskiy" and "Zelensky" are one name.
/// </summary>
internal sealed class Transliteration
{
    private readonly IReadOnlyList<(string From, string To)> _folds;

    private Transliteration(IReadOnlyList<(string, string)> folds) => _folds = folds;

    /// <summary>The optional <c>transliteration</c> map of a rule, applied in the order written.</summary>
    public static Transliteration Read(YamlMap map)
    {
        var folds = new List<(string, string)>();
        if (map.Map("transliteration", required: false) is { } table)
        {
            foreach (var (key, value) in table.Node.Children)
            {
                var from = (key as YamlScalarNode)?.Value;
                var to = (value as YamlScalarNode)?.Value;
                if (string.IsNullOrEmpty(from) || to is null)
                    table.Error(key, "each line of 'transliteration' maps letters to the letters they stand for, e.g. 'yy: y'");
                else
                    folds.Add((from.ToLowerInvariant(), to.ToLowerInvariant()));
            }
        }
        return new Transliteration(folds);
    }

    /// <summary>
    /// The name folded (case, diacritics, apostrophes) and transliterated, with capitals where names have them
    /// ("Lis-Kowalska", "Van der Berg"), since the key names the person in the report.
    /// </summary>
    public string Key(string name)
    {
        var key = Places.Fold(name).Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        foreach (var (from, to) in _folds)
            key = key.Replace(from, to, StringComparison.Ordinal);
        var words = key.Split(' ');
        words[0] = Capitalised(words[0]);
        words[^1] = Capitalised(words[^1]);
        return string.Join(' ', words);
    }

    private static string Capitalised(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
