using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// Reads an article in order for the words that say who speaks: "X said", "said X", "X told reporters", "according
/// to X", with X a name ("Jens Stoltenberg"), a pronoun ("he") or an office ("the Secretary General"). It keeps the
/// people named so far, so that a pronoun resolves to the last named speaker and an office to the person the article
/// introduced with that title ("NATO Secretary General Jens Stoltenberg"). Words inside quotes are never read.
/// </summary>
internal sealed class AttributionScan
{
    private enum Kind : byte
    {
        Name,
        Pronoun,
        Office,
    }

    /// <summary>
    /// Who an attribution names, as tokens of the sentence: a name, a pronoun, or an office with the word that
    /// qualifies it ("Ukrainian"). First to Last is all of it as written ("the NATO chief Jens Stoltenberg"), the name
    /// proper starts at NameFirst.
    /// </summary>
    private readonly record struct Subject(Kind Kind, int First, int Last, int NameFirst, string? Title, string? Qualifier, bool Apposed = false);

    private readonly string _text;
    private readonly QuoteVocabulary _vocabulary;
    private readonly List<Token> _tokens = [];
    private bool[] _quoted = [];

    // The fullest name the article has given each speaker key so far ("Jens Stoltenberg" for "stoltenberg").
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Office → holder, by title alone ("president") and with its qualifier ("ukrainian president").
    private readonly Dictionary<string, Speaker> _offices = new(StringComparer.Ordinal);
    private Speaker? _lastSpeaker;
    private readonly English _english;
    private Speaker? _lastNamed;

    private AttributionScan(string text, QuoteVocabulary vocabulary, English english)
    {
        _text = text;
        _english = english;
        _vocabulary = vocabulary;
    }

    /// <summary>Every attribution of the article, in document order, each resolved against what came before it.</summary>
    public static List<Attribution> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuotedPassage> passages, QuoteVocabulary vocabulary, English english)
    {
        var scan = new AttributionScan(text, vocabulary, english);
        var found = new List<Attribution>();
        var passage = 0;
        foreach (var sentence in sentences)
        {
            while (passage < passages.Count && passages[passage].Outer.End <= sentence.Span.Start)
                passage++;
            scan.Read(sentence.Span, passages, passage, found);
        }
        return found;
    }

    private void Read(TextSpan sentence, IReadOnlyList<QuotedPassage> passages, int firstPassage, List<Attribution> found)
    {
        Tokenizer.Tokenize(_text, sentence, _tokens);
        _quoted = new bool[_tokens.Count];
        for (var p = firstPassage; p < passages.Count && passages[p].Outer.Start < sentence.End; p++)
        {
            var outer = passages[p].Outer;
            for (var k = 0; k < _tokens.Count; k++)
                _quoted[k] |= _tokens[k].Start >= outer.Start && _tokens[k].Start < outer.End;
        }
        // "Mäesalu spoke to her supporters. “…,” she said.": a person the article named before who opens a sentence is
        // whom its pronouns mean next
        if (_tokens.Count > 0 && !_quoted[0] && FirstNameOfSentence() is { } focus)
            _lastSpeaker = focus;
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (_quoted[k] || _tokens[k].Kind != TokenKind.Word)
                continue;
            if (TitleFrom(k) is { } title)
            {
                Introduce(k, title.Last, title.Title);
                k = title.Last;
                continue;
            }
            var subject = (Subject?)null;
            if (_vocabulary.Verbs.Contains(Word(k)))
                subject = Before(k) ?? (MayInvert(k) ? After(k + 1) : null);
            else if (SourceEnd(k) is var end && end >= 0)
                subject = After(end + 1);
            if (subject is { } s)
                found.Add(Resolve(s, k));
        }
    }

    /// <summary>The speaker the article has named before whose name (or surname) opens the sentence.</summary>
    private Speaker? FirstNameOfSentence()
    {
        if (!IsNameWord(0) || TitleFrom(0) is not null)
            return null;
        var last = 0;
        while (NextWord(last) is var next && next >= 0 && IsNameWord(next) && TitleFrom(next) is null)
            last = next;
        var key = Speaker.KeyOf(_text[_tokens[0].Start.._tokens[last].End]);
        return _names.TryGetValue(key, out var name) ? new Speaker(key, name) : null;
    }

    private ReadOnlySpan<char> Word(int k) => _text.AsSpan(_tokens[k].Start, _tokens[k].Length);

    private bool IsWord(int k) => k >= 0 && k < _tokens.Count && !_quoted[k] && _tokens[k].Kind == TokenKind.Word;

    private bool IsCapitalised(int k) => IsWord(k) && char.IsUpper(_text[_tokens[k].Start]);

    private bool IsLower(int k) => IsWord(k) && char.IsLower(_text[_tokens[k].Start]);

    private bool IsPunctuation(int k, char c) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] == c;

    /// <summary>The word after <paramref name="k"/> in the same phrase: the next token, or the one after a joining hyphen ("Secretary-General").</summary>
    private int NextWord(int k)
    {
        if (IsWord(k + 1))
            return k + 1;
        // "S. Somanath", "J. K. Rowling": an initial's dot joins it to the next part of the name
        if (IsInitial(k) && IsPunctuation(k + 1, '.') && IsWord(k + 2) && IsCapitalised(k + 2))
            return k + 2;
        return IsPunctuation(k + 1, '-') && IsWord(k + 2) && _tokens[k + 1].Start == _tokens[k].End && _tokens[k + 2].Start == _tokens[k + 1].End ? k + 2 : -1;
    }

    private int PreviousWord(int k)
    {
        if (IsWord(k - 1))
            return k - 1;
        if (IsPunctuation(k - 1, '.') && IsInitial(k - 2) && IsCapitalised(k))
            return k - 2;
        return IsPunctuation(k - 1, '-') && IsWord(k - 2) && _tokens[k - 1].Start == _tokens[k - 2].End && _tokens[k].Start == _tokens[k - 1].End ? k - 2 : -1;
    }

    /// <summary>
    /// A word that may be part of how a speaker is named: a capitalised word or a word of a title ("spokesman"), but
    /// not a month or a weekday ("Stoltenberg on Monday said").
    /// </summary>
    private bool IsNamePart(int k) => IsNameWord(k) || (IsWord(k) && _vocabulary.TitleWords.Contains(Word(k)));

    /// <summary>A single capital letter glued to the dot after it: a name's initial.</summary>
    private bool IsInitial(int k) =>
        IsWord(k) && _tokens[k].Length == 1 && char.IsUpper(_text[_tokens[k].Start]) && k + 1 < _tokens.Count && _tokens[k + 1].Start == _tokens[k].End;

    private bool IsPostNominal(int k) =>
        IsWord(k) && _english.PostNominals.ContainsWord(Word(k));

    private bool IsNameWord(int k) =>
        IsCapitalised(k) && !CalendarWords.Weekdays.ContainsKey(Word(k)) && !CalendarWords.Months.ContainsKey(Word(k));

    /// <summary>The longest title that starts at <paramref name="k"/>, with its last token.</summary>
    private (int Last, string Title)? TitleFrom(int k, int limit = int.MaxValue)
    {
        if (!_vocabulary.TitleWords.Contains(Word(k)))
            return null;
        foreach (var title in _vocabulary.Titles)
        {
            var at = k;
            var last = -1;
            foreach (var word in title)
            {
                if (at < 0 || at > limit || !Word(at).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    last = -1;
                    break;
                }
                last = at;
                at = NextWord(at);
            }
            if (last >= 0)
                return (last, string.Join(' ', title));
        }
        return null;
    }

    /// <summary>"Ukrainian President Volodymyr Zelenskyy": a person introduced with their office, which the article may later name them by.</summary>
    private void Introduce(int titleStart, int titleLast, string title)
    {
        if (NameAfter(titleLast) is not { } name)
            return;
        var speaker = Named(name.First, name.Last);
        _offices[title] = speaker;
        var qualifier = PreviousWord(titleStart);
        if (IsNameWord(qualifier) && !_vocabulary.TitleWords.Contains(Word(qualifier))
            && !_english.FunctionWords.ContainsWord(Word(qualifier)))
            _offices[Places.Fold(Word(qualifier).ToString()) + " " + title] = speaker;
        _lastNamed = speaker;
    }

    /// <summary>The name right after a title, or after it and a comma ("the Finance Minister, Ruth Okafor").</summary>
    private (int First, int Last)? NameAfter(int titleLast)
    {
        var first = NextWord(titleLast);
        if (first < 0 && IsPunctuation(titleLast + 1, ','))
            first = titleLast + 2;
        if (!IsNameWord(first) || TitleFrom(first) is not null)
            return null;
        var last = first;
        while (NextWord(last) is var next && IsNameWord(next) && TitleFrom(next) is null && !IsPostNominal(next))
            last = next;
        return (first, last);
    }

    /// <summary>
    /// The speaker before a speech verb ("Stoltenberg said", "he also said", "the president went on to say"), past
    /// commas, adverbs and words such as "also", and past a short aside between commas ("Stoltenberg, left, told").
    /// </summary>
    private Subject? Before(int verb)
    {
        var j = verb - 1;
        var afterComma = false;
        var aside = false;
        while (j >= 0 && !_quoted[j])
        {
            if (IsPunctuation(j, ','))
            {
                afterComma = true;
                j--;
            }
            else if (IsLower(j) && (_english.Fillers.ContainsWord(Word(j)) || IsAdverb(Word(j))))
            {
                j--;
            }
            else if (afterComma && !aside && Aside(j) is var comma && comma >= 0)
            {
                aside = true;
                j = comma - 1;
            }
            else
            {
                break;
            }
        }
        var phrase = Phrase(j, back: true);
        if (phrase is null && afterComma)
            return Apposed(verb);
        return phrase is { Kind: not Kind.Pronoun } subject
            ? subject with { First = Modifiers(subject.First, titled: subject.Kind == Kind.Office || subject.NameFirst != subject.First) }
            : phrase;
    }

    /// <summary>
    /// "Anna Byrne, chief executive of the Harbour Trust, which owns the quay, said": a name that opens the sentence,
    /// followed by an apposition of any length closed by the comma before the verb, and no other speech verb between.
    /// </summary>
    private Subject? Apposed(int verb)
    {
        var first = 0;
        for (var k = verb - 1; k >= 0; k--)
        {
            if (_quoted[k])
            {
                first = k + 1;
                break;
            }
        }
        // "The Harbour Trust, which owns the quay, said": a body, not a person whose words another outlet may give
        if (_english.Articles.ContainsWord(Word(first)) || Phrase(first, back: false) is not { Kind: Kind.Name } subject
            || !IsPunctuation(subject.Last + 1, ',') || subject.Last + 1 >= verb - 1)
            return null;
        for (var k = subject.Last + 2; k < verb; k++)
        {
            if (IsWord(k) && _vocabulary.Verbs.Contains(Word(k)))
                return null;
        }
        // Far from its verb, the name may be a body rather than the person speaking: the speaker is only inferred
        return subject with { Apposed = true };
    }

    /// <summary>The pronoun at <paramref name="j"/>, or the run of name and title words that ends (or starts) there.</summary>
    private Subject? Phrase(int j, bool back)
    {
        if (!IsWord(j))
            return null;
        if (_english.Pronouns.ContainsWord(Word(j)))
            return new Subject(Kind.Pronoun, j, j, j, null, null);
        if (!IsNamePart(j))
            return null;
        var (first, last) = (j, j);
        while (back && PreviousWord(first) is var previous && previous >= 0 && IsNamePart(previous))
            first = previous;
        while (!back && NextWord(last) is var next && next >= 0 && IsNamePart(next))
            last = next;
        return Describe(first, last);
    }

    /// <summary>
    /// Where the description of a speaker starts: with its article ("the Kremlin"), and for a title with the
    /// lower-case words in front of it ("the former mayor", "harbour chief Tomas Lind"), so that an attribution
    /// after a quote stands right after it.
    /// </summary>
    private int Modifiers(int first, bool titled)
    {
        var start = first;
        for (var k = PreviousWord(first); k >= 0 && first - k <= 3; k = PreviousWord(k))
        {
            var word = Word(k);
            if (_english.Articles.ContainsWord(word))
                return k;
            if (!IsLower(k) || !titled || word.Length == 1 || _english.FunctionWords.ContainsWord(word)
                || _english.Fillers.ContainsWord(word) || _vocabulary.Verbs.Contains(word))
                break; // a word of the sentence, or the "s" of a possessive ("the President's press secretary")
            start = k;
        }
        return start;
    }

    /// <summary>"-ly" words are adverbs ("defiantly said"), never part of a name.</summary>
    private static bool IsAdverb(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The comma that opens an aside of up to three words ending at <paramref name="j"/> ("left", "speaking on Monday"), or -1.</summary>
    private int Aside(int j)
    {
        for (var k = j; k >= 0 && k >= j - 2; k--)
        {
            if (!IsWord(k))
                return -1;
            if (IsPunctuation(k - 1, ','))
                return k - 1;
        }
        return -1;
    }

    /// <summary>"said the Secretary General": a speaker named after the verb, which news writes right after a quote.</summary>
    private bool MayInvert(int verb)
    {
        var j = verb - 1;
        while (IsPunctuation(j, ','))
            j--;
        return j < 0 || _quoted[j] || IsPunctuation(j, '.') || IsPunctuation(j, ':');
    }

    /// <summary>The last token of a source phrase ("according to") that starts at <paramref name="k"/>, or -1.</summary>
    private int SourceEnd(int k)
    {
        foreach (var phrase in _english.Sources)
        {
            var at = k;
            var all = true;
            foreach (var word in phrase)
            {
                all = IsWord(at) && Word(at).Equals(word, StringComparison.OrdinalIgnoreCase);
                if (!all)
                    break;
                at++;
            }
            if (all)
                return at - 1;
        }
        return -1;
    }

    /// <summary>The speaker after a speech verb or a source phrase ("said the Secretary General", "according to her").</summary>
    private Subject? After(int j)
    {
        if (IsWord(j) && _english.Articles.ContainsWord(Word(j)))
            j++;
        var subject = Phrase(j, back: false);
        return subject is { Kind: Kind.Office } office && NameAfter(office.Last) is { } name
            ? new Subject(Kind.Name, j, name.Last, name.First, null, null)
            : subject;
    }

    /// <summary>
    /// What a run of name and title words names: the words after its last title ("NATO Secretary General Jens
    /// Stoltenberg" is Jens Stoltenberg), or the office when it ends with a title ("the former Norwegian prime minister").
    /// </summary>
    private Subject? Describe(int first, int last)
    {
        while (last > first && IsPostNominal(last))
            last = PreviousWord(last);
        var words = new List<int>();
        for (var k = first; k >= 0 && k <= last; k = NextWord(k))
            words.Add(k);
        var nameFrom = 0;
        string? title = null;
        string? qualifier = null;
        for (var p = 0; p < words.Count; p++)
        {
            if (TitleFrom(words[p], last) is not { } match)
                continue;
            title = match.Title;
            qualifier = p > 0 && IsCapitalised(words[p - 1]) && !_vocabulary.TitleWords.Contains(Word(words[p - 1]))
                ? Places.Fold(Word(words[p - 1]).ToString())
                : null;
            nameFrom = words.IndexOf(match.Last) + 1;
            p = nameFrom - 1;
        }
        if (title is not null && nameFrom == words.Count)
            return new Subject(Kind.Office, words[0], last, words[0], title, qualifier);
        while (nameFrom < words.Count && _english.FunctionWords.ContainsWord(Word(words[nameFrom])))
            nameFrom++;
        if (nameFrom == words.Count || words.Skip(nameFrom).Any(k => !IsNameWord(k)) || (nameFrom == words.Count - 1 && _tokens[last].Length == 1))
            return null; // a lone initial ("U" of "U.S.") names nobody
        return new Subject(Kind.Name, words[0], last, words[nameFrom], null, null);
    }

    private Attribution Resolve(Subject subject, int verb)
    {
        var span = TextSpan.FromBounds(Math.Min(_tokens[subject.First].Start, _tokens[verb].Start), Math.Max(_tokens[subject.Last].End, _tokens[verb].End));
        var written = $"\"{_text.Substring(span.Start, span.Length)}\"";
        switch (subject.Kind)
        {
            case Kind.Name:
            {
                var speaker = Named(subject.NameFirst, subject.Last);
                if (IsPerson(subject))
                    _lastSpeaker = _lastNamed = speaker;
                return new Attribution(span, speaker, written, Inferred: subject.Apposed);
            }
            case Kind.Pronoun:
                return Remember(new Attribution(span, _lastSpeaker ?? _lastNamed, $"{written}: the last named speaker", Inferred: true));
            default:
            {
                var held = subject.Qualifier is { } q && _offices.TryGetValue($"{q} {subject.Title}", out var qualified) ? qualified
                    : _offices.TryGetValue(subject.Title!, out var holder) ? holder
                    : (Speaker?)null;
                return held is { } person
                    ? Remember(new Attribution(span, person, $"{written}: the {subject.Title} named earlier"))
                    : Remember(new Attribution(span, _lastSpeaker ?? _lastNamed, $"{written}: no {subject.Title} is named before, so the last named speaker", Inferred: true));
            }
        }
    }

    private Attribution Remember(Attribution attribution)
    {
        if (attribution.Speaker is { } speaker)
            _lastSpeaker = speaker;
        return attribution;
    }

    /// <summary>
    /// A name that stands for a person a pronoun may refer back to: several words, or one word that is not an acronym
    /// ("Stoltenberg", not "NATO").
    /// </summary>
    private bool IsPerson(Subject subject) =>
        subject.NameFirst != subject.Last || Word(subject.Last).ContainsAnyExceptInRange('A', 'Z');

    /// <summary>The speaker a name stands for, in the fullest form the article has given it so far.</summary>
    private Speaker Named(int first, int last)
    {
        var written = _text[_tokens[first].Start.._tokens[last].End];
        var key = Speaker.KeyOf(written);
        if (!_names.TryGetValue(key, out var known) || known.Length < written.Length)
            _names[key] = known = written;
        return new Speaker(key, known);
    }
}
