using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.NameSpelling;

/// <summary>Spellings of one name agree or are variants; they never contradict.</summary>
internal sealed class NameSpellingComparer : ClaimComparer
{
    public override bool MayContradict(Claim a, Claim b) => false;

    public override bool CanContradict => false;

    public override Comparison Compare(Claim a, Claim b)
    {
        var x = ((WrittenName)a.Value).Name;
        var y = ((WrittenName)b.Value).Name;
        return x == y
            ? new Comparison(Verdict.Agree, $"both write {x}")
            : new Comparison(Verdict.Variant, $"'{x}' and '{y}' spell one name differently");
    }

    /// <summary>Only spellings that differ are worth an editor's time.</summary>
    public override bool Reports(Verdict verdict) => verdict == Verdict.Variant;
}
