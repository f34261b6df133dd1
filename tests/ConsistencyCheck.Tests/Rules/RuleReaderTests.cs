using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Rules;

public sealed class RuleReaderTests
{
    private const string Valid = """
        id: launch-dates
        kind: event-date
        description: When a rocket launches.
        severity: warning
        events:
          launch: [launch, launched]
        """;

    [Fact]
    public void Reads_a_valid_rule()
    {
        var rule = Read(Valid, out var errors);
        Assert.Empty(errors);
        Assert.Equal(("launch-dates", "event-date", Severity.Warning), (rule!.Id, rule.Kind, rule.Severity));
        Assert.True(rule.Header.Enabled);
    }

    [Theory]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\nwithn: 5\n", 7, 1, "did you mean 'within'?")]
    [InlineData("id: x\nkind: event-dates\ndescription: d\nseverity: error\n", 2, 7, "did you mean 'event-date'?")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\n  merger: [merger]\noneOff: [launch, mergers]\n", 8, 18, "'mergers' in 'oneOff' is not one of the rule's events; did you mean 'merger'?")]
    [InlineData("id: x\nkind: quantity\ndescription: d\nseverity: error\nmeasure: count\nsubjects:\n  people: [people]\npredicates:\n  killed: [killed]\nsameDayPredicates: [kiled]\n", 10, 21, "did you mean 'killed'?")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: fatal\nevents:\n  launch: [launch]\n", 4, 11, "error, warning, info")]
    [InlineData("id: Bad Id\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\n", 1, 5, "lower-case")]
    [InlineData("kind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\n", 1, 1, "missing key 'id'")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch, ]\n  final: launch\n", 7, 10, "must be a list")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [lift off]\n", 6, 11, "one word")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\nwithin: many\n", 7, 9, "whole number")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents: {launch: [launch]\n", 6, 1, "invalid YAML")]
    [InlineData("id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  launch: [launch]\ntests:\n  - text: It launched.\n    published: 2025-01-01\n    claims:\n      - { begin: 2025-01-01 }\n", 11, 11, "unknown key 'begin'")]
    public void Bad_rules_are_reported_at_their_line_and_column(string yaml, int line, int column, string message)
    {
        Assert.Null(Read(yaml, out var errors));
        var error = errors.First();
        Assert.Equal(("rule.yml", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_with_one_id_are_an_error()
    {
        var errors = new List<InputError>();
        RuleSet.Read([File("a.yml", Valid), File("b.yml", Valid)], errors);
        var error = Assert.Single(errors);
        Assert.Contains("already used by a.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_rule_is_listed_but_not_run()
    {
        var errors = new List<InputError>();
        var rules = RuleSet.Read([File("a.yml", Valid + "\nenabled: false\n")], errors);
        Assert.Empty(errors);
        Assert.Single(rules.All);
        Assert.Empty(rules.Active);
    }

    [Fact]
    public void A_failing_rule_test_says_what_it_got()
    {
        var rule = Read(Valid + """

            tests:
              - text: The rocket launched on 3 May 2025.
                published: 2025-05-04
                claims:
                  - { value: 3 May 2025, start: 2025-05-04 }
            """, out var errors)!;
        Assert.Empty(errors);
        var result = Assert.Single(RuleTestRunner.Run(rule));
        Assert.False(result.Passed);
        Assert.Contains("start is 2025-05-03, expected 2025-05-04", result.Failure, StringComparison.Ordinal);
    }

    public static TheoryData<string> BundledRuleTests()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Stories.BundledRules().All)
        {
            for (var i = 0; i < rule.Header.Tests.Count; i++)
                data.Add($"{rule.Id}#{i}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BundledRuleTests))]
    public void Every_bundled_rule_passes_its_own_tests(string test)
    {
        var id = test[..test.IndexOf('#', StringComparison.Ordinal)];
        var index = int.Parse(test[(test.IndexOf('#', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var rule = Stories.BundledRules().Find(id)!;
        var result = RuleTestRunner.Run(rule)[index];
        Assert.True(result.Passed, result.ToString());
    }

    private static Rule? Read(string yaml, out List<InputError> errors)
    {
        errors = [];
        return RuleReader.Read(File("rule.yml", yaml), errors);
    }

    private static SourceFile File(string name, string yaml) => new(name, Encoding.UTF8.GetBytes(yaml));
}
