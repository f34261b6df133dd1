using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Reports;

/// <summary>
/// A finding an editor has looked at and accepted, from the story folder's <c>accepted.yml</c>: it is no longer
/// listed and no longer fails a run. The reason is required, so that the next reader knows why.
/// </summary>
internal sealed record AcceptedFinding(string Id, string Reason, string File, int Line, int Column)
{
    public const string FileName = "accepted.yml";

    private static readonly string[] Keys = ["id", "reason"];

    /// <summary>The accepted findings of a file: a YAML list of <c>{id, reason}</c>; null, with errors, when it is wrong.</summary>
    public static IReadOnlyList<AcceptedFinding>? Read(SourceFile file, List<InputError> errors)
    {
        const string What = "the accepted findings";
        var text = SourceText.Decode(file.Path, file.Content, errors);
        if (text is null)
            return null;
        if (text.Trim().Length == 0)
            return [];
        var before = errors.Count;
        var root = YamlMap.Load(file.Path, SourceText.Decode(text), 0, errors, What);
        if (root is null)
            return null;
        if (root is not YamlSequenceNode list)
        {
            errors.Add(new InputError(file.Path, Math.Max(1, (int)root.Start.Line), Math.Max(1, (int)root.Start.Column),
                $"{What} must be a YAML list of '- {{id: …, reason: …}}' entries"));
            return null;
        }
        var accepted = new List<AcceptedFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode node)
            {
                errors.Add(new InputError(file.Path, (int)item.Start.Line, (int)item.Start.Column,
                    $"each accepted finding must be a mapping with 'id' and 'reason', e.g. '- {{id: titles/stoltenberg/1a2b3c4d, reason: checked with the desk}}'"));
                continue;
            }
            var map = new YamlMap(file.Path, node, 0, errors);
            map.RejectUnknownKeys(Keys, "an accepted finding");
            var id = map.String("id", required: true);
            var reason = map.String("reason", required: true);
            if (reason is not null && reason.Trim().Length == 0)
                map.Error(map.Find("reason")!, "'reason' must say why the finding is accepted");
            if (id is null || reason is null)
                continue;
            if (!seen.Add(id))
            {
                map.Error(map.Find("id")!, $"the id '{id}' is accepted twice: keep one entry");
                continue;
            }
            accepted.Add(new AcceptedFinding(id, reason, file.Path, (int)node.Start.Line, (int)node.Start.Column));
        }
        return errors.Count > before ? null : accepted;
    }
}
