namespace ContentLint.Cli.Formatters.Documents;

// The document of `config show --format json`, one record per JSON object (properties in declaration
// order, camelCase, a value's source left out when it has none).

/// <summary>The configuration a file is checked with: the files it comes from, top first, and each value set.</summary>
internal sealed record ConfigListingDocument(string File, IReadOnlyList<ConfigListingFile> ConfigurationFiles, IReadOnlyList<ConfigListingSetting> Settings);

/// <summary>A <c>contentlint.yaml</c> of the cascade, and whether it stops the walk up (<c>root: true</c>).</summary>
internal sealed record ConfigListingFile(string Path, bool Root);

/// <summary>A value by its dotted key path, and the file and line it comes from (none for a default).</summary>
internal sealed record ConfigListingSetting(string Key, string Value, ConfigListingSource? Source);

/// <summary>Where a value is written.</summary>
internal sealed record ConfigListingSource(string Path, int Line);
