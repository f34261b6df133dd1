using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Verdicts;

/// <summary>A finding's id is a fingerprint of what it says: moving text keeps it, changing a value does not.</summary>
public sealed class FingerprintTests
{
    private const string Story = "stoltenberg-ukraine-nato";

    [Fact]
    public void Lines_and_paragraphs_inserted_above_the_claims_keep_every_id()
    {
        var before = Ids(Read(body => body));
        Assert.True(before.Count > 20, $"{before.Count} findings");
        Assert.Equal(before, Ids(Read(body => "\n\n\n" + body)));
        Assert.Equal(before, Ids(Read(body => "The desk added this paragraph.\n\nAnd this one, on two\nlines.\n\n" + body)));
        // A paragraph in the middle of each article shifts only the claims below it.
        Assert.Equal(before, Ids(Read(body =>
        {
            var middle = body.IndexOf("\n\n", body.Length / 2, StringComparison.Ordinal);
            return middle < 0 ? body : body[..middle] + "\n\nA note from the desk.\n\n" + body[(middle + 2)..];
        })));
    }

    [Fact]
    public void A_changed_value_changes_that_findings_id_and_no_other()
    {
        Finding Summit(string day) => Assert.Single(Stories.Findings("event-dates",
            Stories.Article("orbit", "Orbit Daily", "2025-03-06", "The summit in Oslo took place on March 4."),
            Stories.Article("wire", "Space Wire", "2025-03-06", $"The summit in Oslo took place on March {day}.")));
        var same = Summit("4");
        Assert.Equal(same.Id, Summit("4").Id);
        Assert.Equal(same.Id, Assert.Single(Stories.Findings("event-dates",
            Stories.Article("orbit", "Orbit Daily", "2025-03-06", "\n\nThe summit in Oslo took place on March 4."),
            Stories.Article("wire", "Space Wire", "2025-03-06", "A first paragraph.\n\nThe summit in Oslo took place on March 4."))).Id);
        var changed = Summit("5");
        Assert.NotEqual(same.Id, changed.Id);
        Assert.StartsWith("event-dates/summit-in-oslo/", changed.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_findings_with_one_fingerprint_are_told_apart_in_report_order()
    {
        var finding = Stories.Findings("event-dates",
            Stories.Article("orbit", "Orbit Daily", "2025-03-06", "The summit in Oslo took place on March 4."),
            Stories.Article("wire", "Space Wire", "2025-03-06", "The summit in Oslo took place on March 4."))[0];
        var distinct = Judge.Distinct([finding, finding, finding]);
        Assert.Equal([finding.Id, finding.Id + "-2", finding.Id + "-3"], distinct.Select(f => f.Id));
        Assert.Same(finding, distinct[0]);
    }

    [Fact]
    public void No_two_findings_of_a_bundled_story_share_an_id()
    {
        var ids = Read(body => body).Findings.Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(@"^[a-z-]+/[a-z0-9-]*/[0-9a-f]{8}(-\d+)?$", id));
    }

    private static Reports.StoryReport Read(Func<string, string> edit)
    {
        var files = Directory.GetFiles(Repository.Path("corpus", Story), "*.md").Order(StringComparer.Ordinal)
            .Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Select(f =>
            {
                var text = File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal);
                var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
                return new SourceFile(Path.GetFileName(f), Encoding.UTF8.GetBytes(text[..close] + edit(text[close..])));
            });
        var errors = new List<InputError>();
        var story = StoryReader.Read(Story, files, errors);
        Assert.Empty(errors);
        return new Checker(Stories.BundledRules()).Check(story);
    }

    private static List<string> Ids(Reports.StoryReport report) => [.. report.Findings.Select(f => f.Id).Order(StringComparer.Ordinal)];
}
