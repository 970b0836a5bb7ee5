using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>One <c>contentlint.yaml</c> of a cascade, read and checked on its own (positions are in this file).</summary>
public sealed record ConfigurationLayer
{
    /// <summary>Full path of the file.</summary>
    public required string FullPath { get; init; }

    /// <summary>The path shown in findings.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The file's text, or null when it could not be read.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>What checking the file reported, with positions in <see cref="Source"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the file says <c>root: true</c>: the files above it are not read.</summary>
    public bool IsRoot { get; init; }

    /// <summary>True when a problem prevents checking with this file (it does not parse, or has an invalid value).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Rule.DefaultSeverity == Severity.Error);

    /// <summary>The file's folder: its relative paths and globs start there.</summary>
    public string Directory => Path.GetDirectoryName(FullPath)!;

    /// <summary>The top-level map, or null when the file is empty or wrong.</summary>
    internal YamlMappingNode? Root { get; init; }

    /// <summary>Key paths this file replaces instead of merging with the inherited values (<c>replace:</c>).</summary>
    internal IReadOnlySet<string> Replace { get; init; } = new HashSet<string>();
}
