using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Geography;

/// <summary>The gazetteer is handed to the rules and the checker, so a test can hand one of its own: no hidden default inside.</summary>
public sealed class HandedGazetteerTests
{
    private static readonly Gazetteer Tiny =
        GazetteerReader.Of((new Place("city:1", "Odesa", PlaceKind.City, "UA", null, null, 1_000_000), ["Odessa"]));

    [Fact]
    public void Places_are_compared_through_the_gazetteer_handed_in()
    {
        Assert.True(Places.MayBeSame(Tiny, "Odesa", "Odessa"));
        Assert.True(Places.MayBeSame(Gazetteer.Default, "Kyiv", "Kiev"));
        Assert.False(Places.MayBeSame(Tiny, "Kyiv", "Kiev"));
    }

    [Fact]
    public void A_story_checked_with_a_tiny_gazetteer_knows_only_its_places()
    {
        var errors = new List<InputError>();
        var rules = RuleSet.Read([new SourceFile("places.yml", File.ReadAllBytes(Repository.Path("rules", "event-places.yml")))], errors, Tiny, LanguagePack.Bundled);
        Assert.Empty(errors);
        var story = Stories.Of(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The summit in Kiev opened on Monday."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The summit in Kyiv opened on Monday."));
        var withTiny = new Checker(rules, Tiny, LanguagePack.Bundled).Check(story);
        var withDefault = new Checker(RuleSet.Read([new SourceFile("places.yml", File.ReadAllBytes(Repository.Path("rules", "event-places.yml")))], errors), Gazetteer.Default, LanguagePack.Bundled).Check(story);
        Assert.NotEqual(Verdicts(withDefault), Verdicts(withTiny));
    }

    private static string Verdicts(Reports.StoryReport report) =>
        string.Join("; ", report.Findings.Select(f => $"{f.Verdict} {f.Subject}"));
}
