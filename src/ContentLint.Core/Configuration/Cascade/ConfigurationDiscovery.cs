namespace ContentLint.Core.Configuration.Cascade;

/// <summary>Which configuration applies to a file: the one rule shared by the CLI and the language server.</summary>
public static class ConfigurationDiscovery
{
    /// <summary>
    /// The configuration file nearest to <paramref name="path"/> (a file, or a folder): the first
    /// <c>contentlint.yaml</c> found in its folder or a parent, or null for the defaults. That file
    /// inherits from the ones above it (see <see cref="ConfigurationCascadeLoader"/>).
    /// </summary>
    public static string? ConfigFileFor(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        return directory is null ? null : ConfigurationLoader.Find(directory);
    }

    /// <summary>The configuration file that <paramref name="configPath"/> inherits from, or null at the top.</summary>
    internal static string? ParentOf(string configPath)
    {
        var above = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(configPath)));
        return above is null ? null : ConfigurationLoader.Find(above);
    }
}
