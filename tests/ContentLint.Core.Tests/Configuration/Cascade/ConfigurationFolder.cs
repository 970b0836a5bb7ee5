using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Configuration.Cascade;

/// <summary>A throw-away folder of nested configuration files, loaded the way the CLI and the server load them.</summary>
internal sealed class ConfigurationFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("contentlint-cascade-").FullName;

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The cascade that applies to <paramref name="relative"/> (a file or folder under the root).</summary>
    public ConfigurationCascade Load(string relative)
    {
        var configPath = ConfigurationDiscovery.ConfigFileFor(Path.Combine(Root, relative)) ?? throw new InvalidOperationException("no configuration");
        var catalog = new Linter(LintConfiguration.CreateDefault(Root), BuiltInRules.Shipped).Catalog;
        return ConfigurationCascadeLoader.Load(configPath, catalog, p => Path.GetRelativePath(Root, p).Replace('\\', '/'));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
