using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Configuration;

/// <summary>
/// The settings of <c>contentlint.yaml</c>, or the defaults when there is none. Immutable; paths and
/// globs are relative to <see cref="RootDirectory"/>.
/// </summary>
public sealed record LintConfiguration : IParseOptions, IChannelOptions
{
    /// <summary>File names looked for when walking up from a checked path.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["contentlint.yaml", "contentlint.yml"];

    /// <summary>Default content globs: Markdown posts and YAML calendars.</summary>
    public static ImmutableArray<string> DefaultContent { get; } = ["**/*.md", "**/*.posts.yaml", "**/*.posts.yml"];

    /// <summary>Folders never scanned unless named explicitly.</summary>
    public static ImmutableArray<string> DefaultExclude { get; } = ["**/node_modules/**", "**/.git/**", "**/bin/**", "**/obj/**"];

    /// <summary>Default <see cref="MaxFileSize"/>: 10 MB.</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>The configuration file, or null for defaults.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Folder that globs are relative to (the configuration file's folder).</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Globs of files to check when a folder is checked.</summary>
    public ImmutableArray<string> Content { get; init; } = DefaultContent;

    /// <summary>Globs of files never checked when a folder is checked.</summary>
    public ImmutableArray<string> Exclude { get; init; } = DefaultExclude;

    /// <summary>Severity per rule ID, rule name or category.</summary>
    public ImmutableArray<SeveritySetting> Severity { get; init; } = [];

    /// <summary>Severities per path glob, applied in order after <see cref="Severity"/>.</summary>
    public ImmutableArray<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>Channel overrides and declarations, by lower-case name.</summary>
    public ImmutableDictionary<string, ChannelSettings> Channels { get; init; } =
        ImmutableDictionary<string, ChannelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra post fields the writers use (accepted, not reported as unknown).</summary>
    public ImmutableArray<string> Fields { get; init; } = [];

    /// <summary>Personas, confidential lists, terminology and the other settings the default rule pack uses.</summary>
    public ContentPolicy Policy { get; init; } = new();

    /// <summary>Files larger than this many bytes are reported and not read.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Folders of rule files (<c>.csx</c> scripts, later declarative <c>.yaml</c> rules), relative to <see cref="RootDirectory"/>.</summary>
    public ImmutableArray<string> Rules { get; init; } = [];

    /// <summary>The <c>scripts:</c> settings.</summary>
    public ScriptConfiguration Scripts { get; init; } = new();

    /// <summary>The defaults, for a folder without <c>contentlint.yaml</c>.</summary>
    public static LintConfiguration CreateDefault(string rootDirectory) => new() { RootDirectory = rootDirectory };
}
