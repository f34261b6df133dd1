using System.Text.Json;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Rules;

/// <summary>rules/schema.json is what editors validate against: it must know every kind and every key the engine accepts.</summary>
public sealed class RuleSchemaTests
{
    [Fact]
    public void The_schema_knows_every_rule_kind_and_its_keys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.Path("rules", "schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        var kinds = properties.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        foreach (var kind in RuleKinds.All)
        {
            Assert.Contains(kind.Name, kinds);
            foreach (var key in kind.Keys)
                Assert.True(properties.TryGetProperty(key, out _), $"schema.json lacks '{key}' of kind {kind.Name}");
        }
    }

    [Fact]
    public void Every_bundled_rule_names_the_schema_on_its_first_line()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("rules"), "*.yml"))
            Assert.StartsWith("# yaml-language-server: $schema=schema.json", File.ReadAllText(file), StringComparison.Ordinal);
    }
}
