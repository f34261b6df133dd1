using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Corpus;

/// <summary>Builds a <see cref="Story"/> from files the caller has read; reports every bad file, not just the first.</summary>
public static class StoryReader
{
    /// <summary>
    /// Whether a Markdown file of a story folder is an article: a README and files whose names begin with '_' or '.'
    /// are the newsroom's notes about the story, not coverage of it.
    /// </summary>
    public static bool IsArticleName(string fileName) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && fileName.Length > 3 && fileName[0] is not ('.' or '_')
        && !fileName.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    public static Story Read(string name, IEnumerable<SourceFile> files, List<InputError> errors, string root = "") =>
        Read(name, files, errors, LanguagePack.Bundled, root);

    /// <summary>Reads the story's articles with <paramref name="language"/>.</summary>
    public static Story Read(string name, IEnumerable<SourceFile> files, List<InputError> errors, LanguagePack language, string root = "")
    {
        var articles = new List<Article>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var article = ArticleReader.Read(file, errors, language);
            if (article is not null)
                articles.Add(article);
        }
        if (articles.Count == 0 && errors.Count == 0)
            errors.Add(new InputError(name, 1, 1, "the story folder holds no article: add one Markdown file (.md) per article"));
        return new Story(name, articles, root);
    }
}
