namespace ConsistencyCheck.Language;

/// <summary>
/// The words the recognisers read, loaded once and handed to the checker, the article reader and the rules: the
/// grammar words of <c>en.yml</c> and the number vocabulary of <c>numbers.en.yml</c>.
/// </summary>
public sealed class LanguagePack
{
    private static readonly Lazy<LanguagePack> Loaded = new(() => new LanguagePack(English.Load(), NumberWords.Load()));

    private LanguagePack(English english, NumberWords numbers)
    {
        English = english;
        Numbers = numbers;
    }

    /// <summary>The English pack embedded in the engine, loaded on first use: what callers hand in unless they bring their own.</summary>
    public static LanguagePack Bundled => Loaded.Value;

    internal English English { get; }

    internal NumberWords Numbers { get; }
}
