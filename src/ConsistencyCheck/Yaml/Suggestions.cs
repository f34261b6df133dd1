using FuzzySharp;

namespace ConsistencyCheck.Yaml;

/// <summary>"Did you mean" for misspelt keys and words: the closest known word if it is close enough to be a typo.</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestScore = 0;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var score = Fuzz.Ratio(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        return bestScore >= 60 ? best : null;
    }
}
