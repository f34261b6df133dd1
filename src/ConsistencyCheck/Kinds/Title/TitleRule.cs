using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.People;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>
/// <c>kind: title</c>: a person's office, read from a title next to the name ("NATO Secretary General Jens
/// Stoltenberg", "Dmitry Peskov, the Kremlin spokesman"), bound to the person by surname (spelling variants merged
/// by the rule's transliteration table) and compared through the rule's taxonomy of offices. With
/// <c>coreference</c>, a title that names nobody ("the NATO chief said") is the person the article last gave a title
/// of that organisation that fits it.
/// </summary>
internal sealed class TitleRule : Rule
{
    private readonly English _english;
    private readonly Gazetteer _gazetteer;
    private static readonly WholeNumberOption SameTimeWithinDays = new("sameTimeWithinDays", 730, 0, 36500);
    private static readonly YesNoOption Coreference = new("coreference", false);

    public static readonly RuleKind Registration = new(
        "title",
        "a person's office from a title beside the name, compared through a taxonomy of offices",
        ["offices", "organisations", "heads", "headOffices", "formerWords", "deputyWords", "notNames", "placeWords", "transliteration", "sameTimeWithinDays", "coreference"],
        [SameTimeWithinDays, Coreference],
        Decode);

    private readonly Phrases _offices;
    private readonly Phrases _organisations;
    private readonly Phrases _heads;
    private readonly HashSet<string> _headOffices;
    private readonly Phrases _former;
    private readonly Phrases _deputy;
    private readonly Phrases _notNames;
    private readonly FrozenSet<string> _placeWords;
    private readonly Transliteration _transliteration;
    private readonly bool _coreference;

    private TitleRule(RuleHeader header, Gazetteer gazetteer, English english, Phrases offices, Phrases organisations, Phrases heads, IEnumerable<string> headOffices,
        Phrases former, Phrases deputy, Phrases notNames, IEnumerable<string> placeWords, Transliteration transliteration, int sameTimeWithinDays,
        bool coreference)
        : base(header)
    {
        _english = english;
        _gazetteer = gazetteer;
        _coreference = coreference;
        _offices = offices;
        _organisations = organisations;
        _heads = heads;
        _headOffices = new HashSet<string>(headOffices, StringComparer.Ordinal);
        _former = former;
        _deputy = deputy;
        _notNames = notNames;
        _placeWords = placeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _transliteration = transliteration;
        Facts = new TitleFacts(new DayWindow(sameTimeWithinDays), english);
        Comparer = new TitleComparer(_headOffices);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["person", "office", "organisation", "generic", "former"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var offices = Phrases.Read(map, "offices", required: true);
        var organisations = Phrases.Read(map, "organisations", required: false);
        var heads = Phrases.FromList(map, "heads");
        var headOffices = map.NamesAmong("headOffices", offices.Names, "offices");
        var former = Phrases.FromList(map, "formerWords");
        var deputy = Phrases.FromList(map, "deputyWords");
        var notNames = Phrases.FromList(map, "notNames");
        var placeWords = map.Strings("placeWords", required: false) ?? ["in", "at"];
        var transliteration = Transliteration.Read(map);
        var sameTime = SameTimeWithinDays.Read(map);
        var coreference = Coreference.Read(map);
        return map.Errors.Count > before ? null
            : new TitleRule(header, gazetteer, language.English, offices, organisations, heads, headOffices, former, deputy, notNames, placeWords, transliteration, sameTime, coreference);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var text = article.Text;
        var named = new List<(ReportedTitle Title, string Subject)>();
        foreach (var (sentence, tokens, _, _, _) in analysis.Sentences)
        {
            string? sentenceText = null;
            for (var k = 0; k < tokens.Count; k++)
            {
                var generic = false;
                var office = _offices.LongestAt(text, tokens, k);
                if (office is null && _heads.LongestAt(text, tokens, k) is { } head)
                    (office, generic) = (head, true);
                if (office is not { } match)
                    continue;
                var found = Title(text, tokens, k, match, generic);
                k = match.Last;
                if (found is not { } title)
                    continue;
                sentenceText ??= article.TextOf(sentence.Span);
                var span = new TextSpan(tokens[title.First].Start, tokens[title.Last].End - tokens[title.First].Start);
                var (line, column) = article.Lines.Locate(span.Start);
                var evidence = new Evidence(article.Path, line, column, span, sentenceText);
                var written = Clean(text[tokens[title.TitleFirst].Start..tokens[title.TitleLast].End]);
                if (title.Name is { } name)
                {
                    var value = new ReportedTitle(name.Text, title.Office, title.Organisation, generic, title.Former, written);
                    named.Add((value, PersonKey(name)));
                    claims.Add(new Claim(Id, Kind, article, PersonKey(name), null, value, written, Clean(article.TextOf(span)), evidence));
                }
                else if (Antecedent(named, title, generic, written) is var (value, subject))
                {
                    claims.Add(new Claim(Id, Kind, article, subject, null, value, written, Clean(article.TextOf(span)), evidence));
                }
            }
        }
    }

    /// <summary>A title with its person: the tokens of both, and of the title alone. A definite title that names nobody ("the NATO chief") has no name.</summary>
    private readonly record struct FoundTitle(int First, int Last, int TitleFirst, int TitleLast, string Office, string? Organisation, bool Former, PersonName? Name);

    /// <summary>
    /// The person a title that names nobody speaks of: the last one the article gave a title of the same organisation
    /// that this title fits ("NATO Secretary General Jens Stoltenberg … the NATO chief"; not the NATO commander named
    /// in between). A title without a known organisation ("the president") is left unbound: it could be anyone's.
    /// </summary>
    private (ReportedTitle Value, string Subject)? Antecedent(List<(ReportedTitle Title, string Subject)> named, FoundTitle title, bool generic, string written)
    {
        if (!_coreference || title.Organisation is null)
            return null;
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var (earlier, subject) = named[i];
            // "his predecessor, former NATO Secretary General Jens Stoltenberg … the NATO chief": a former office is not the chief's
            if (earlier.Organisation != title.Organisation || earlier.Former != title.Former)
                continue;
            var value = new ReportedTitle(earlier.Person, title.Office, title.Organisation, generic, title.Former, written) { Antecedent = earlier.Written };
            if (TitleComparison.Compare(earlier, value, _headOffices).Verdict != Verdict.Contradict)
                return (value, subject);
        }
        return null;
    }

    /// <summary>
    /// The title around an office word at <paramref name="k"/>: its modifiers and organisation before it ("the former
    /// NATO deputy secretary general"), "of" and an organisation after it, and the person it names, after it
    /// ("… Jens Stoltenberg", "…, Dmitry Peskov,") or before it ("Jens Stoltenberg, the NATO chief").
    /// </summary>
    private FoundTitle? Title(string text, List<Token> tokens, int k, PhraseMatch office, bool generic)
    {
        var former = false;
        var deputy = false;
        string? organisation = null;
        var named = false;
        var start = k;
        var j = k - 1;
        while (j >= 0)
        {
            if (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == '-' && j > 0 && tokens[j - 1].End == tokens[j].Start)
            {
                j--; // "ex-president", "vice-chair"
                continue;
            }
            if (_deputy.EndingAt(text, tokens, j) is { } d)
            {
                (deputy, start, j) = (true, d.First, d.First - 1);
                continue;
            }
            if (_former.EndingAt(text, tokens, j) is { } f)
            {
                (former, start, j) = (true, f.First, f.First - 1);
                continue;
            }
            if (!named && OrganisationEndingAt(text, tokens, j) is var (name, first))
            {
                (organisation, named, start, j) = (name, true, first, first - 1);
                continue;
            }
            if (!named && char.IsLower(text[tokens[k].Start]) && DescriptionEndingAt(text, tokens, j) is { } described)
            {
                (start, j) = (described, described - 1);
                continue;
            }
            break;
        }
        var end = office.Last;
        // "Gen. Oleksandr Marchuk": the full stop of an abbreviated title is part of the title
        if (end + 1 < tokens.Count && text[tokens[end + 1].Start] == '.' && tokens[end].End == tokens[end + 1].Start
            && _english.Abbreviations.ContainsWord(Word(text, tokens[end])))
            end++;
        if (!named && OrganisationAfter(text, tokens, end) is var (ofName, ofLast))
            (organisation, end) = (ofName, ofLast);
        if (generic && deputy)
            return null; // "deputy chief" names no office of the taxonomy
        var officeName = deputy ? "deputy " + office.Name : office.Name;

        bool IsVocabulary(int i) => _offices.LongestAt(text, tokens, i) is not null || _heads.LongestAt(text, tokens, i) is not null
            || _organisations.LongestAt(text, tokens, i) is not null || _notNames.LongestAt(text, tokens, i) is not null;

        var after = end + 1;
        var comma = after < tokens.Count && IsComma(text, tokens[after]);
        if (comma)
            after++;
        // "the deputy mayor, Kim Sato's rival,": a name in an apposition that owns something is not the title's holder
        if (after < tokens.Count && PersonName.At(text, tokens, after, IsVocabulary, _english) is { } next && !(comma && Possessive.At(text, tokens, next.LastToken + 1)))
            return new FoundTitle(start, next.LastToken, start, end, officeName, organisation, former, next);

        var before = start - 1;
        if (before >= 0 && IsArticle(text, tokens[before]))
            before--;
        // An apposition stands between commas ("Dmitry Peskov, the Kremlin spokesman, said"); a title followed by
        // its verb is the subject of a new clause ("in South Ossetia, the NATO chief admitted")
        var closed = end + 1 >= tokens.Count || tokens[end + 1].Kind == TokenKind.Punctuation;
        // "Anna Berg, 52, the mayor,": an age between the name and its apposition
        if (before >= 2 && tokens[before - 1].Kind == TokenKind.Number && IsComma(text, tokens[before]) && IsComma(text, tokens[before - 2]))
            before -= 2;
        if (closed && before >= 1 && IsComma(text, tokens[before])
            && PersonName.EndingAt(text, tokens, before - 1, IsVocabulary, _english) is { } previous && !AfterPlaceWord(text, tokens, previous))
            return new FoundTitle(previous.FirstToken, end, start, end, officeName, organisation, former, previous);
        var definite = start >= 1 && _english.Definite.ContainsWord(Word(text, tokens[start - 1]));
        return definite ? new FoundTitle(start, end, start, end, officeName, organisation, former, null) : null;
    }

    /// <summary>
    /// The first of one or two lower-case words that describe the office ending at <paramref name="j"/> ("the
    /// health minister", "the former acting president"): only after "the", "a" or "an", a former or deputy word or a
    /// possessive ("NATO's new chief"), so that a verb before a title ("said minister Anna Berg") is never taken for
    /// part of it. Only before an office in lower case: words before a capitalised title ("at a time President Joe
    /// Biden") are the sentence's, not the title's.
    /// </summary>
    private int? DescriptionEndingAt(string text, List<Token> tokens, int j)
    {
        var first = j + 1;
        while (first - 1 >= 0 && j - first < 1 && IsDescriptionWord(text, tokens, first - 1))
            first--;
        if (first > j || first == 0)
            return null;
        var before = first - 1;
        // "ex-finance chief": a former or deputy word joined by a hyphen
        if (before > 0 && text[tokens[before].Start] == '-' && tokens[before - 1].End == tokens[before].Start && tokens[before].End == tokens[first].Start)
            before--;
        return IsArticle(text, tokens[before]) || Possessive.At(text, tokens, before - 1) || _former.EndingAt(text, tokens, before) is not null
            || _deputy.EndingAt(text, tokens, before) is not null ? first : null;
    }

    private bool IsDescriptionWord(string text, List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Word && tokens[k].Length > 1 && char.IsLower(text[tokens[k].Start])
        && !_english.FunctionWords.ContainsWord(Word(text, tokens[k]))
        && _offices.LongestAt(text, tokens, k) is null && _heads.LongestAt(text, tokens, k) is null
        && _former.LongestAt(text, tokens, k) is null && _deputy.LongestAt(text, tokens, k) is null;

    /// <summary>
    /// "In South Ossetia, the alliance chief, …": capitalised words after a place word are a place, not the person
    /// the apposition describes.
    /// </summary>
    private bool AfterPlaceWord(string text, List<Token> tokens, PersonName name) =>
        name.FirstToken > 0 && _placeWords.ContainsWord(Word(text, tokens[name.FirstToken - 1]));

    /// <summary>
    /// "of" and the organisation after an office: a known one ("Secretary-General of the United Nations"), or
    /// capitalised words the rule does not know ("mayor of Elmstadt"), kept in the title's words only. All the
    /// capitalised words are taken: a name right after them ("President of Ukraine Volodymyr Zelensky") cannot be
    /// told from a longer organisation ("mayor of New Elmstadt"), and a name missed is better than a place read as one.
    /// </summary>
    private (string? Name, int Last)? OrganisationAfter(string text, List<Token> tokens, int end)
    {
        var k = end + 1;
        if (k + 1 >= tokens.Count || !Word(text, tokens[k]).Equals("of", StringComparison.OrdinalIgnoreCase))
            return null;
        k++;
        if (Word(text, tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count)
            k++;
        if (_organisations.LongestAt(text, tokens, k) is { } known)
            return (known.Name, known.Last);
        var last = k - 1;
        while (last + 1 < tokens.Count && last - k < 2 && IsOrganisationWord(text, tokens, last + 1))
            last++;
        return last < k ? null : (null, last);
    }

    /// <summary>
    /// The organisation ending at <paramref name="j"/>, possessive allowed ("the Kremlin's"): a known one by its name,
    /// or capitalised words the rule does not know ("Ukrainian", "Harbour Authority"), kept in the title's words only,
    /// so they never make a contradiction on their own.
    /// </summary>
    private (string? Name, int First)? OrganisationEndingAt(string text, List<Token> tokens, int j)
    {
        if (j >= 2 && Possessive.At(text, tokens, j - 1))
            j -= 2;
        if (_organisations.EndingAt(text, tokens, j) is { } known)
            return (known.Name, known.First);
        var first = j + 1;
        while (first - 1 >= 0 && j - first < 3 && IsOrganisationWord(text, tokens, first - 1))
            first--;
        if (first > j)
            return null;
        return (first == j ? Country(Word(text, tokens[j])) : null, first);
    }

    /// <summary>The country a word names or describes ("Ukraine", "Ukrainian"), by the gazetteer: a state is an organisation too.</summary>
    private string? Country(ReadOnlySpan<char> word) => _gazetteer.CountryOf(word, demonyms: true)?.Name;

    private bool IsOrganisationWord(string text, List<Token> tokens, int k)
    {
        var word = Word(text, tokens[k]);
        return tokens[k].Kind == TokenKind.Word && char.IsUpper(word[0])
            && !_english.FunctionWords.ContainsWord(word)
            && _offices.LongestAt(text, tokens, k) is null && _heads.LongestAt(text, tokens, k) is null
            && _former.LongestAt(text, tokens, k) is null && _deputy.LongestAt(text, tokens, k) is null;
    }

    private static bool IsComma(string text, Token token) => token.Kind == TokenKind.Punctuation && text[token.Start] == ',';

    private bool IsArticle(string text, Token token) =>
        _english.Articles.ContainsWord(Word(text, token));

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static string Clean(string written) => written.Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>The person's key: the surname folded and transliterated, so "Zelenskyy" and "Zelensky" are one person.</summary>
    internal string PersonKey(PersonName name) => _transliteration.Key(name.SurnameIn(_english));

    public override string Describe(string subject) => $"the title of {subject}";
}
