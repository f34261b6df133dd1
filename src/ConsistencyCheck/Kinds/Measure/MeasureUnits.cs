using System.Globalization;
using ConsistencyCheck.Language;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.Measure;

/// <summary>A unit of a family, and how a figure in it becomes the family's base unit: (figure + offset) × factor.</summary>
internal sealed record Unit(string Name, string Family, decimal Factor, decimal Offset, string Symbol)
{
    public decimal ToBase(decimal value) => (value + Offset) * Factor;
}

/// <summary>
/// What a family of units measures and how it is compared: the subject its units name by themselves ("magnitude",
/// "temperature"), the step its figures are given to, and whether a figure is compared only where the sentence names
/// its place.
/// </summary>
internal sealed record Family(string Name, string? Subject, decimal? Step, bool Placed);

/// <summary>
/// The unit table of a measure rule: units by family, with the words written after a figure ("18 km", "40C",
/// "a 226-foot minaret") and, for some, before it ("magnitude 6.8", "a magnitude of 6.8").
/// </summary>
internal sealed class MeasureUnits
{
    private MeasureUnits(Dictionary<string, Unit> units, Dictionary<string, Family> families, Phrases after, Phrases before)
    {
        Units = units;
        Families = families;
        After = after;
        Before = before;
    }

    public IReadOnlyDictionary<string, Unit> Units { get; }
    public IReadOnlyDictionary<string, Family> Families { get; }
    public Phrases After { get; }
    public Phrases Before { get; }

    /// <summary>
    /// <c>units: { length: { kilometre: { factor: 1000, symbol: km, words: [km, kilometres] } } }</c> and
    /// <c>families: { magnitude: { subject: magnitude, step: 0.1 } }</c>.
    /// </summary>
    public static MeasureUnits Read(YamlMap map)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var after = new List<(string, string)>();
        var before = new List<(string, string)>();
        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        if (map.Map("units", required: true) is { } byFamily)
        {
            foreach (var (familyNode, familyValue) in byFamily.Node.Children)
            {
                var family = familyNode.ToString();
                if (byFamily.Map(family, required: true) is not { } unitMap)
                    continue;
                foreach (var (unitNode, _) in unitMap.Node.Children)
                {
                    var name = unitNode.ToString();
                    if (unitMap.Map(name, required: true) is not { } unit)
                        continue;
                    unit.RejectUnknownKeys(["factor", "offset", "symbol", "words", "before"], $"unit '{name}'");
                    var factor = Number(unit, "factor", required: true);
                    var offset = Number(unit, "offset", required: false) ?? 0;
                    if (units.ContainsKey(name))
                        unitMap.Error(unitNode, $"the unit '{name}' is listed twice: keep it in one family");
                    if (factor is not { } f)
                        continue;
                    units[name] = new Unit(name, family, f, offset, unit.String("symbol", required: false) ?? name);
                    after.AddRange((unit.Strings("words", required: true) ?? []).Select(w => (w, name)));
                    before.AddRange((unit.Strings("before", required: false) ?? []).Select(w => (w, name)));
                }
                families[family] = new Family(family, null, null, false);
            }
        }
        if (map.Map("families", required: false) is { } settings)
        {
            foreach (var (familyNode, _) in settings.Node.Children)
            {
                var name = familyNode.ToString();
                if (!families.ContainsKey(name))
                {
                    settings.Error(familyNode, $"'{name}' in 'families' is not a family of 'units'");
                    continue;
                }
                if (settings.Map(name, required: true) is not { } family)
                    continue;
                family.RejectUnknownKeys(["subject", "step", "placed"], $"family '{name}'");
                families[name] = new Family(name, family.String("subject", required: false), Number(family, "step", required: false),
                    family.Bool("placed") ?? false);
            }
        }
        return new MeasureUnits(units, families, Phrases.Of(after), Phrases.Of(before));
    }

    private static decimal? Number(YamlMap map, string key, bool required)
    {
        var text = map.String(key, required);
        if (text is null)
            return null;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && (key == "offset" || value > 0))
            return value;
        map.Error(map.Find(key)!, key == "offset" ? $"'offset' must be a number, not '{text}'" : $"'{key}' must be a number above 0, not '{text}'");
        return null;
    }
}
