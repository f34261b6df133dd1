namespace ConsistencyCheck.Tests;

/// <summary>Paths in the repository the tests run from, found by walking up to ConsistencyCheck.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ConsistencyCheck.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ConsistencyCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
