using System.CommandLine;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>consistencycheck init [DIR]</c>: a project file, and a 'rules' folder with the schemas beside one commented
/// example rule, so that an editor completes and validates the user's first rule at once.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder to set up (created if missing). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", "Write a starter project file and rules folder (nothing is overwritten).") { folder };
        command.SetAction(parsed =>
        {
            var root = parsed.GetValue(folder)!;
            var shown = FileCorpus.Display(root);
            var starter = Path.Combine(AppContext.BaseDirectory, "Starter");
            var files = new (string Target, string Source)[]
            {
                (ProjectFile.FileName, Path.Combine(starter, "consistencycheck.yml")),
                (Path.Combine(FileRules.FolderName, "schema.json"), Path.Combine(FileRules.Bundled, "schema.json")),
                (Path.Combine(FileRules.FolderName, "project.schema.json"), Path.Combine(FileRules.Bundled, "project.schema.json")),
                (Path.Combine(FileRules.FolderName, "example-rule.yml"), Path.Combine(starter, "example-rule.yml")),
            };
            var existing = files.Where(f => File.Exists(Path.Combine(root, f.Target))).ToList();
            if (existing.Count > 0)
            {
                return CommonOptions.Fail(stderr, [.. existing.Select(f => new InputError(FileCorpus.Join(shown, f.Target.Replace('\\', '/')), 1, 1,
                    "already exists: init writes no file over another; move it aside or set the folder up by hand"))], "nothing written");
            }
            foreach (var (target, source) in files)
            {
                var path = Path.Combine(root, target);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.Copy(source, path);
                stdout.WriteLine($"wrote {FileCorpus.Join(shown, target.Replace('\\', '/'))}");
            }
            stdout.WriteLine("Next: put a story folder (one Markdown file per article) here, then run 'consistencycheck check .'");
            return ExitCodes.Clean;
        });
        return command;
    }
}
