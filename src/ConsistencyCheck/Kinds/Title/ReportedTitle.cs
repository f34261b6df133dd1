using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>
/// A person's office as an article gives it: the office in the rule's words ("secretary general"), the organisation
/// it belongs to when the rule knows it ("NATO"), and how the article wrote it ("NATO Secretary-General").
/// </summary>
internal sealed class ReportedTitle(string person, string office, string? organisation, bool generic, bool former, string written) : ClaimValue
{
    /// <summary>The name as the article writes it ("Volodymyr Zelenskyy").</summary>
    public string Person { get; } = person;

    /// <summary>The office's name in the rule, "deputy " included; for a generic head word ("chief"), that word.</summary>
    public string Office { get; } = office;

    public string? Organisation { get; } = organisation;

    /// <summary>A word that names the head of an organisation without naming the office ("NATO chief").</summary>
    public bool Generic { get; } = generic;

    /// <summary>An office held before ("the former prime minister"): never compared with a present one.</summary>
    public bool Former { get; } = former;

    public string Written { get; } = written;

    /// <summary>For a title that names nobody ("the NATO chief"), the title the article named its person with.</summary>
    public string? Antecedent { get; init; }

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("person", Person),
        new("office", Office),
        new("organisation", Organisation),
        new("generic", Generic),
        new("former", Former),
    ];

    public override bool SameAs(ClaimValue other) =>
        other is ReportedTitle title && title.Written == Written && title.Office == Office && title.Organisation == Organisation
        && title.Generic == Generic && title.Former == Former && title.Person == Person;

    public override string Describe() => Written;

    public override string Resolution =>
        $"{Written}: {(Former ? "former " : "")}{Office}{(Organisation is null ? "" : " of " + Organisation)}{(Generic ? " (a word for the head, not the office)" : "")}"
        + (Antecedent is null ? "" : $"; names nobody, so it is {Person}, whom the article last called {Antecedent}");
}
