namespace ContentLint.Cli.Formatters.Documents;

// The document of `check --format json`, one record per JSON object: the serializer writes the
// properties in declaration order, camelCase, and leaves out the null ones (postId of a file-level finding).

/// <summary>The whole report: <c>{"version", "tool", "summary", "findings"}</c>; the findings are made as they are written.</summary>
internal sealed record JsonReportDocument(int Version, JsonTool Tool, JsonSummary Summary, IEnumerable<JsonFinding> Findings);

/// <summary>The tool that wrote the report.</summary>
internal sealed record JsonTool(string Name, string Version);

/// <summary>What was checked and how many findings of each severity.</summary>
internal sealed record JsonSummary(int Files, int Posts, int Errors, int Warnings, int Infos, int Hints, int FixesApplied);

/// <summary>One finding: 1-based UTF-16 lines and columns (end exclusive), 0-based UTF-16 offset and length.</summary>
internal sealed record JsonFinding(
    string Path,
    string RuleId,
    string RuleName,
    string Category,
    string Severity,
    string Message,
    string? LocalizedMessage,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    int Offset,
    int Length,
    string? PostId,
    string HelpUri,
    IReadOnlyList<JsonFix> Fixes);

/// <summary>A fix: its title and its edits, in the finding's file.</summary>
internal sealed record JsonFix(string Title, IReadOnlyList<JsonEdit> Edits);

/// <summary>One edit of a fix: the range it replaces (as in <see cref="JsonFinding"/>) and the new text.</summary>
internal sealed record JsonEdit(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length, string NewText);
