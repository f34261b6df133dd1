using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsistencyCheck.Rules;
using Json.Schema;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Tests.Rules;

/// <summary>
/// rules/schema.json is what editors validate against: it must know every kind and every key the engine accepts, say
/// each kind's defaults and ranges as its decoder declares them, and accept every bundled rule.
/// </summary>
public sealed class RuleSchemaTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(Repository.Path("rules", "schema.json"))));

    // Built once: the library keeps a registry of schemas by their $id and will not read one twice.
    private static readonly Lazy<JsonSchema> Validator = new(() => JsonSchema.FromText(File.ReadAllText(Repository.Path("rules", "schema.json"))));

    [Fact]
    public void The_schema_knows_every_rule_kind_and_its_keys()
    {
        var properties = Schema.Value.RootElement.GetProperty("properties");
        var kinds = properties.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        foreach (var kind in RuleKinds.All)
        {
            Assert.Contains(kind.Name, kinds);
            foreach (var key in kind.Keys)
                Assert.True(properties.TryGetProperty(key, out _), $"schema.json lacks '{key}' of kind {kind.Name}");
            Assert.Equal(kind.Keys.Order(StringComparer.Ordinal), KeysOf(kind.Name).Except(Common).Order(StringComparer.Ordinal));
            foreach (var option in kind.Options)
                Assert.Contains(option.Key, kind.Keys);
        }
    }

    public static TheoryData<string, string> Options()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in RuleKinds.All)
        {
            foreach (var option in kind.Options)
                data.Add(kind.Name, option.Key);
        }
        return data;
    }

    /// <summary>
    /// Each default, range and choice is said where the schema says it: in the kind's own block, or at the top for every
    /// kind. Both apply when an editor validates, so wherever the schema says it, it must say the decoder's value.
    /// </summary>
    [Theory]
    [MemberData(nameof(Options))]
    public void The_schema_says_the_decoders_default_range_and_choices(string kindName, string key)
    {
        var option = RuleKinds.Find(kindName)!.Options.Single(o => o.Key == key);
        var places = new[] { Schema.Value.RootElement.GetProperty("properties").GetProperty(key), KindBlock(kindName) is { } block && block.TryGetProperty("properties", out var own) && own.TryGetProperty(key, out var mine) ? mine : default }
            .Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        string?[] Said(string field) => [.. places.Select(p => p.TryGetProperty(field, out var v) ? JsonSerializer.Serialize(v) : null).Where(v => v is not null)];
        void Says(string field, string expected)
        {
            var said = Said(field);
            Assert.True(said.Length > 0, $"schema.json gives no '{field}' for '{key}' of kind {kindName}; the decoder's is {expected}");
            Assert.All(said, s => Assert.Equal(expected, s));
        }
        switch (option)
        {
            case WholeNumberOption number:
                Says("type", "\"integer\"");
                Says("default", number.Default.ToString(CultureInfo.InvariantCulture));
                Says("minimum", number.Minimum.ToString(CultureInfo.InvariantCulture));
                Says("maximum", number.Maximum.ToString(CultureInfo.InvariantCulture));
                break;
            case YesNoOption yesNo:
                Says("type", "\"boolean\"");
                Says("default", yesNo.Default ? "true" : "false");
                break;
            case ChoiceOption choice:
                Says("enum", JsonSerializer.Serialize(choice.Choices));
                Assert.Contains(key, Required(kindName));
                break;
            default:
                Assert.Fail($"no check for {option.GetType().Name}");
                break;
        }
    }

    public static TheoryData<string> BundledRules() =>
        [.. Directory.GetFiles(Repository.Path("rules"), "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BundledRules))]
    public void Every_bundled_rule_is_valid_against_the_schema(string file)
    {
        var schema = Validator.Value;
        var rule = Json(File.ReadAllText(Repository.Path("rules", file)));
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(rule), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, $"{file}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void The_schema_check_rejects_a_rule_out_of_its_kinds_range()
    {
        // "within: 30" is allowed to an event rule, but not to a quantity rule: the kind's own block must apply.
        var schema = Validator.Value;
        var text = File.ReadAllText(Repository.Path("rules", "counts.yml")).Replace("\nwithin: 6\n", "\nwithin: 30\n", StringComparison.Ordinal);
        Assert.Contains("within: 30", text, StringComparison.Ordinal);
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(Json(text))).IsValid);
    }

    [Fact]
    public void Every_bundled_rule_names_the_schema_on_its_first_line()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("rules"), "*.yml"))
            Assert.StartsWith("# yaml-language-server: $schema=schema.json", File.ReadAllText(file), StringComparison.Ordinal);
    }

    private static readonly string[] Common = ["id", "kind", "description", "severity", "enabled", "tests"];

    private static JsonElement? KindBlock(string kind)
    {
        foreach (var entry in Schema.Value.RootElement.GetProperty("allOf").EnumerateArray())
        {
            if (entry.GetProperty("if").TryGetProperty("properties", out var p) && p.GetProperty("kind").GetProperty("const").GetString() == kind)
                return entry.GetProperty("then");
        }
        return null;
    }

    private static IEnumerable<string> KeysOf(string kind) =>
        KindBlock(kind)!.Value.GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

    private static IEnumerable<string> Required(string kind) =>
        KindBlock(kind)!.Value.GetProperty("required").EnumerateArray().Select(e => e.GetString()!);

    /// <summary>A YAML rule as JSON: a plain scalar that reads as a whole number, true, false or null is one; the rest are strings.</summary>
    private static JsonNode? Json(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Node(kv.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Node)]),
        YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain } s => JsonValue.Create(s.Value),
        YamlScalarNode { Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Value: null or "null" or "~" or "" } => null,
        YamlScalarNode s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode s when decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType}"),
    };
}
