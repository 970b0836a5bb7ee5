namespace ContentLint.TestKit;

/// <summary>Locates the repository (the folder holding ContentLint.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled example content repository.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary><c>../shared</c> beside the checkout (corpus, seeds, conformance), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentLint.sln not found above " + AppContext.BaseDirectory);
    }
}
