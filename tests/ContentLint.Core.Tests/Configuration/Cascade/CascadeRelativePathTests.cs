using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Configuration.Cascade;

/// <summary>Paths and globs in a nested configuration stay relative to the file that declares them.</summary>
public sealed class CascadeRelativePathTests : IDisposable
{
    private readonly ConfigurationFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Globs_and_rule_folders_are_relative_to_their_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "rules"));
        Directory.CreateDirectory(Path.Combine(_folder.Root, "team/team-rules"));
        _folder.Write("contentlint.yaml", "rules: [rules]\nexclude: [drafts/**]\noverrides:\n  - files: [archive/**]\n    severity: {CL1001: off}\n");
        _folder.Write("team/contentlint.yaml", "rules: [./team-rules]\nexclude: [old/**]\ncontent: ['posts/*.md']\noverrides:\n  - files: [archive/**]\n    severity: {CL1001: info}\n");

        var cascade = _folder.Load("team");
        var config = cascade.Configuration;

        Assert.Empty(cascade.Layers.SelectMany(l => l.Diagnostics));
        Assert.Equal(_folder.Root, config.RootDirectory);
        Assert.Equal(["rules", "team/team-rules"], config.Rules.ToArray());
        Assert.Equal(["team/posts/*.md"], config.Content.ToArray());
        Assert.Contains("drafts/**", config.Exclude);
        Assert.Contains("team/old/**", config.Exclude);
        Assert.Equal(["archive/**", "team/archive/**"], config.Overrides.SelectMany(o => o.Files));
    }

    [Fact]
    public void A_nested_override_applies_to_its_own_folder()
    {
        _folder.Write("contentlint.yaml", "overrides:\n  - files: [archive/**]\n    severity: {CL1001: off}\n");
        _folder.Write("team/contentlint.yaml", "overrides:\n  - files: [archive/**]\n    severity: {CL1001: info}\n");
        var linter = new Linter(_folder.Load("team").Configuration, BuiltInRules.Shipped);
        var resolver = new SeverityResolver(linter.Configuration, linter.Catalog);
        var rule = linter.Catalog.Find("CL1001")!;

        Assert.Equal(Severity.Info, resolver.Resolve(rule, Path.Combine(_folder.Root, "team/archive/a.md")));
        Assert.Equal(Severity.Off, resolver.Resolve(rule, Path.Combine(_folder.Root, "archive/a.md")));
        Assert.Equal(rule.DefaultSeverity, resolver.Resolve(rule, Path.Combine(_folder.Root, "team/a.md")));
    }

    [Fact]
    public void Each_folder_finds_its_content_with_its_own_configuration()
    {
        _folder.Write("contentlint.yaml", "exclude: [drafts/**]");
        _folder.Write("team/contentlint.yaml", "content: ['posts/*.md']");
        foreach (var file in new[] { "a.md", "drafts/b.md", "team/c.md", "team/posts/d.md", "team/drafts/e.md" })
        {
            _folder.Write(file, "---\nchannel: x\n---\nHi");
        }

        var configurations = new Dictionary<string, LintConfiguration>();
        var found = ContentFileFinder.Find(_folder.Root, dir =>
            ConfigurationDiscovery.ConfigFileFor(dir) is { } path
                ? (configurations.TryGetValue(path, out var c) ? c : configurations[path] = _folder.Load(dir).Configuration)
                : throw new InvalidOperationException(dir));

        Assert.Equal(["a.md", "team/posts/d.md"], found.Select(f => Path.GetRelativePath(_folder.Root, f).Replace('\\', '/')));
    }

    [Fact]
    public void Replace_names_only_known_keys()
    {
        _folder.Write("contentlint.yaml", "replace: [confidential.terms, chanels]");

        var error = Assert.Single(_folder.Load(".").Layers[0].Diagnostics);

        Assert.Equal(ConfigRules.InvalidConfigValue, error.Rule);
        Assert.Contains("did you mean 'channels'", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(".", "drafts/**", "drafts/**")]
    [InlineData("team", "drafts/**", "team/drafts/**")]
    [InlineData("team/fr", "../shared/**", "team/shared/**")]
    [InlineData("team", "./x/*.md", "team/x/*.md")]
    [InlineData("team", "/x/*.md", "team/x/*.md")]
    public void Relative_paths_join_their_folder(string folder, string value, string expected) =>
        Assert.Equal(expected, RelativePath.Join(folder, value));
}
