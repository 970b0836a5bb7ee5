using System.Text.Json.Serialization;

namespace ContentLint.Cli.Formatters.Documents;

// The subset of SARIF 2.1.0 that `check --format sarif` writes, one record per JSON object: the
// serializer writes the properties in declaration order, camelCase, and leaves out the null ones
// (a result's fixes and properties, an absolute artifact's uriBaseId).

/// <summary>The log: one run.</summary>
internal sealed record SarifLog([property: JsonPropertyName("$schema")] string Schema, string Version, IReadOnlyList<SarifRun> Runs);

/// <summary>A run: the tool with every rule, then the results.</summary>
internal sealed record SarifRun(SarifTool Tool, string? Language, string ColumnKind, SarifUriBaseIds OriginalUriBaseIds, IReadOnlyList<SarifResult> Results);

/// <summary>The base that relative artifact URIs resolve against.</summary>
internal sealed record SarifUriBaseIds([property: JsonPropertyName("%SRCROOT%")] SarifUri SourceRoot);

/// <summary>An absolute URI.</summary>
internal sealed record SarifUri(string Uri);

/// <summary>The tool (its driver).</summary>
internal sealed record SarifTool(SarifDriver Driver);

/// <summary>The driver: name, version and every rule (results point into it by index).</summary>
internal sealed record SarifDriver(string Name, string SemanticVersion, string InformationUri, IReadOnlyList<SarifRule> Rules);

/// <summary>A rule's metadata.</summary>
internal sealed record SarifRule(
    string Id,
    string Name,
    SarifText ShortDescription,
    SarifText FullDescription,
    SarifHelp Help,
    string HelpUri,
    SarifDefaultConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

/// <summary>A plain-text message.</summary>
internal sealed record SarifText(string Text);

/// <summary>A rule's help, as text and as Markdown.</summary>
internal sealed record SarifHelp(string Text, string Markdown);

/// <summary>A rule's default level and whether it runs by default.</summary>
internal sealed record SarifDefaultConfiguration(string Level, bool Enabled);

/// <summary>ContentLint's own rule properties.</summary>
internal sealed record SarifRuleProperties(string Category);

/// <summary>A finding.</summary>
internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyList<SarifFix>? Fixes,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    SarifResultProperties? Properties);

/// <summary>Where a finding is.</summary>
internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

/// <summary>A file and a region in it.</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

/// <summary>A file: relative to <c>%SRCROOT%</c> (<see cref="UriBaseId"/> set) or absolute.</summary>
internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId);

/// <summary>1-based UTF-16 lines and columns (end exclusive), 0-based UTF-16 offset and length.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength);

/// <summary>A fix: its description and its changes (all in the finding's file).</summary>
internal sealed record SarifFix(SarifText Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

/// <summary>The replacements of a fix in one file.</summary>
internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

/// <summary>One replacement: the region deleted and the text inserted.</summary>
internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifText InsertedContent);

/// <summary>ContentLint's own result properties.</summary>
internal sealed record SarifResultProperties(string PostId);
