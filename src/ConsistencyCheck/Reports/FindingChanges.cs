using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>A finding whose id both reports hold, with another verdict or severity now.</summary>
internal sealed record ChangedFinding(SavedFinding Before, SavedFinding After);

/// <summary>
/// How one story's findings moved between an earlier report and a later one, by id (a fingerprint of what a finding
/// says, not of where it stands): new, changed, unchanged and resolved. Each list is in report order: most urgent
/// verdict first, then by id.
/// </summary>
internal sealed class FindingChanges
{
    private readonly HashSet<string> _newOrChanged;

    private FindingChanges(List<SavedFinding> added, List<ChangedFinding> changed, int unchanged, List<SavedFinding> resolved)
    {
        New = added;
        Changed = changed;
        Unchanged = unchanged;
        Resolved = resolved;
        _newOrChanged = new HashSet<string>(added.Select(f => f.Id).Concat(changed.Select(c => c.After.Id)), StringComparer.Ordinal);
    }

    public IReadOnlyList<SavedFinding> New { get; }
    public IReadOnlyList<ChangedFinding> Changed { get; }
    public int Unchanged { get; }
    public IReadOnlyList<SavedFinding> Resolved { get; }

    public bool Any => New.Count + Changed.Count + Resolved.Count > 0;

    /// <summary>Whether the later report's finding with this id is new or changed since the earlier one.</summary>
    public bool IsNewOrChanged(string id) => _newOrChanged.Contains(id);

    public ChangedFinding? ChangeOf(string id) => Changed.FirstOrDefault(c => c.After.Id == id);

    /// <summary>
    /// The same, leaving the findings accepted now out of both sides: a report does not list them, so accepting one
    /// is neither a new finding nor a resolved one.
    /// </summary>
    public static FindingChanges Between(IEnumerable<SavedFinding> before, IEnumerable<SavedFinding> after, IReadOnlySet<string> accepted) =>
        Between(before.Where(f => !accepted.Contains(f.Id)), after.Where(f => !accepted.Contains(f.Id)));

    public static FindingChanges Between(IEnumerable<SavedFinding> before, IEnumerable<SavedFinding> after)
    {
        // A report holds each id once; a hand-edited one that repeats an id is read by its first entry.
        var earlier = First(before);
        var later = First(after);
        var added = new List<SavedFinding>();
        var changed = new List<ChangedFinding>();
        var unchanged = 0;
        foreach (var finding in later.Values)
        {
            if (!earlier.TryGetValue(finding.Id, out var was))
                added.Add(finding);
            else if (was.Verdict != finding.Verdict || was.Severity != finding.Severity)
                changed.Add(new ChangedFinding(was, finding));
            else
                unchanged++;
        }
        var resolved = earlier.Values.Where(f => !later.ContainsKey(f.Id)).ToList();
        return new FindingChanges(Ordered(added), [.. changed.OrderBy(c => c.After.Verdict).ThenBy(c => c.After.Id, StringComparer.Ordinal)],
            unchanged, Ordered(resolved));
    }

    private static Dictionary<string, SavedFinding> First(IEnumerable<SavedFinding> findings)
    {
        var byId = new Dictionary<string, SavedFinding>(StringComparer.Ordinal);
        foreach (var finding in findings)
            byId.TryAdd(finding.Id, finding);
        return byId;
    }

    private static List<SavedFinding> Ordered(IEnumerable<SavedFinding> findings) =>
        [.. findings.OrderBy(f => f.Verdict).ThenBy(f => f.Id, StringComparer.Ordinal)];
}
