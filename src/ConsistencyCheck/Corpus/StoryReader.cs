using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Corpus;

/// <summary>Builds a <see cref="Story"/> from files the caller has read; reports every bad file, not just the first.</summary>
public static class StoryReader
{
    public static Story Read(string name, IEnumerable<SourceFile> files, List<InputError> errors, string root = "")
    {
        var articles = new List<Article>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var article = ArticleReader.Read(file, errors);
            if (article is not null)
                articles.Add(article);
        }
        if (articles.Count == 0 && errors.Count == 0)
            errors.Add(new InputError(name, 1, 1, "the story folder holds no article: add one Markdown file (.md) per article"));
        return new Story(name, articles, root);
    }
}
