using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Corpus;

/// <summary>The articles of one story folder, in file-name order.</summary>
public sealed class Story
{
    public Story(string name, IReadOnlyList<Article> articles, string root = "")
    {
        Name = name;
        Articles = articles;
        Root = root;
    }

    public string Name { get; }

    /// <summary>The folder, as the user named it, that article paths are relative to; text reports prefix it so paths open from the shell.</summary>
    public string Root { get; }
    public IReadOnlyList<Article> Articles { get; }
}
