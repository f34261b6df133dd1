using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quote;

/// <summary>The quote kind's own keys: wrong values are reported at their line and column like any rule key.</summary>
public sealed class QuoteRuleTests
{
    private const string Head = "id: q\nkind: quote\ndescription: d\nseverity: error\nspeakerVerbs: [said]\ntitles: [mayor]\nnegations: [not]\n";

    [Theory]
    [InlineData(Head + "antonyms:\n  - [win, lose, draw]\n", 9, 5, "must be a pair of single words")]
    [InlineData(Head + "antonyms:\n  - win\n", 9, 5, "must be a pair of single words")]
    [InlineData(Head + "antonyms:\n  - [win, lose]\nsameQuoteThreshold: 101\n", 10, 21, "whole number from 1 to 100")]
    [InlineData(Head + "antonyms:\n  - [win, lose]\nminWord: 3\n", 10, 1, "did you mean 'minWords'?")]
    [InlineData(Head, 1, 1, "missing key 'antonyms'")]
    [InlineData("id: q\nkind: quote\ndescription: d\nseverity: error\nspeakerVerbs: [said]\ntitles: [mayor]\nnegations: [not, no one]\nantonyms:\n  - [win, lose]\n", 7, 12, "'no one' in 'negations' must be one word")]
    public void Bad_quote_rules_are_reported_at_their_line_and_column(string yaml, int line, int column, string message)
    {
        var errors = new List<InputError>();
        Assert.Null(RuleReader.Read(new SourceFile("rule.yml", Encoding.UTF8.GetBytes(yaml)), errors));
        var error = errors.First();
        Assert.Equal(("rule.yml", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimal_quote_rule_reads_with_its_defaults()
    {
        var errors = new List<InputError>();
        var rule = RuleReader.Read(new SourceFile("rule.yml", Encoding.UTF8.GetBytes(Head + "antonyms:\n  - [win, lose]\n")), errors);
        Assert.Empty(errors);
        Assert.Equal("quote", rule!.Kind);
        Assert.Equal(["speaker", "quoteText", "words"], rule.NormalizedKeys);
    }
}
