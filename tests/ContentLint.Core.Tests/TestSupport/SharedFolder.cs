namespace ContentLint.Core.Tests.TestSupport;

/// <summary>Finds <c>../shared</c> next to the repository (the folder holding ContentLint.sln).</summary>
internal static class SharedFolder
{
    /// <summary>The path of <paramref name="relative"/> inside ../shared, or null when the folder or file is absent.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", relative);
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }

        return null;
    }
}
