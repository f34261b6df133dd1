using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>Everything one check of one story found, already in report order.</summary>
public sealed class StoryReport
{
    public StoryReport(Story story, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, IReadOnlyList<NotCompared> notCompared)
    {
        Story = story;
        Claims = claims;
        Findings = findings;
        NotCompared = notCompared;
    }

    /// <summary>A story whose input had errors: nothing of it is checked, and the report says why.</summary>
    public static StoryReport NotChecked(Story story, IReadOnlyList<InputError> errors) => new(story, [], [], []) { Errors = errors };

    public Story Story { get; }

    /// <summary>Why the story was not checked; empty for a checked story.</summary>
    public IReadOnlyList<InputError> Errors { get; private init; } = [];

    public bool Checked => Errors.Count == 0;

    /// <summary>Every claim, in article then document order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    public IReadOnlyList<Finding> Findings { get; }
    public IReadOnlyList<NotCompared> NotCompared { get; }

    /// <summary>Every date and figure the recognisers saw, in article then document order, and whether a rule checks it.</summary>
    public IReadOnlyList<Seen> Seen { get; init; } = [];

    public CoverageCount Coverage => CoverageCount.Of(Seen);

    public int Count(Verdict verdict) => Findings.Count(f => f.Verdict == verdict);

    /// <summary>What a reviewer has already seen of the story (accepted findings, a baseline); null when nothing.</summary>
    internal StoryReview? Review { get; private init; }

    /// <summary>The same report read against what a reviewer has already seen.</summary>
    internal StoryReport With(StoryReview review) =>
        new(Story, Claims, Findings, NotCompared) { Seen = Seen, Errors = Errors, Review = review };
}
