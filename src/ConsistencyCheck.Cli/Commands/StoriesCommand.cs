using System.CommandLine;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>consistencycheck stories [CORPUS] --changed FILE</c>: the story folders a change touches, one a line, so that a
/// pull request's job checks only those (<c>git diff --name-only BASE...HEAD | consistencycheck stories --changed -</c>).
/// </summary>
internal static class StoriesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = "The corpus folder, relative to --root. Default: corpus.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "corpus",
        };
        var changed = new Option<string?>("--changed")
        {
            Description = "A file listing the changed paths relative to --root, one a line or NUL-separated (git diff --name-only [-z]); '-' reads standard input. "
                + "Without it, every story folder is listed.",
        };
        var root = new Option<string>("--root")
        {
            Description = "The repository root the changed paths are relative to. Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("stories", "List the story folders of a corpus, or those a change touches: a changed article names its folder, "
            + "a changed rules folder or project file every story it applies to.") { corpus, changed, root };
        command.SetAction(parsed =>
        {
            var (rootFolder, corpusFolder, list) = (parsed.GetValue(root)!, parsed.GetValue(corpus)!, parsed.GetValue(changed));
            if (!Directory.Exists(rootFolder))
                return CommonOptions.Fail(stderr, [new InputError(FileCorpus.Display(rootFolder), 1, 1, "no such folder: give --root the repository's root")], "nothing listed");
            if (!Directory.Exists(Path.Combine(rootFolder, corpusFolder)))
                return CommonOptions.Fail(stderr, [new InputError(FileCorpus.Display(corpusFolder), 1, 1, "no such folder below --root: give the corpus folder of story folders")], "nothing listed");
            if (list is not null && list != "-" && !File.Exists(list))
                return CommonOptions.Fail(stderr, [new InputError(FileCorpus.Display(list), 1, 1, "no such file: give --changed the list of changed paths, or '-' to read it from standard input")], "nothing listed");
            var stories = list is null ? ChangedStories.All(rootFolder, corpusFolder)
                : ChangedStories.Of(rootFolder, corpusFolder, ChangedStories.ReadPaths(list == "-" ? stdin.ReadToEnd() : File.ReadAllText(list)));
            foreach (var story in stories)
                stdout.Write(story + "\n");
            return ExitCodes.Clean;
        });
        return command;
    }
}
