using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace ContentLint.Cli.Mcp;

/// <summary>The tools <c>contentlint mcp</c> offers, with their input schemas.</summary>
internal static class ToolDefinitions
{
    private const string DraftProperties = """
        "text": {"type": "string", "description": "The draft: a Markdown post with its front matter (channel, persona, type, lang…) or a calendar (*.posts.yaml), as it would be saved."},
        "fileName": {"type": "string", "description": "The name the draft would be saved under, relative to the server's working directory: it chooses Markdown or calendar and the contentlint.yaml that applies (default draft.md)."}
        """;

    /// <summary>Every tool, in the order they are listed.</summary>
    public static IList<Tool> All { get; } =
    [
        Define(
            "check",
            "Check a social-media draft with ContentLint's rules and the team's contentlint.yaml: confidentiality leaks, persona and message type, brand voice, typography and the channel's real length limit. Returns the findings as `contentlint check --format json` does (version, summary, findings with rule, severity, message, line, column and fixes).",
            $$$"""{"type": "object", "properties": { {{{DraftProperties}}}, "path": {"type": "string", "description": "Instead of text: a post file to check, relative to the server's working directory."} }}"""),
        Define(
            "fix",
            "Apply ContentLint's safe fixes to a draft (typography, terminology, thread splits…). Returns the fixed text, how many fixes were applied and the findings that remain.",
            $$$"""{"type": "object", "properties": { {{{DraftProperties}}} }, "required": ["text"]}"""),
        Define(
            "count",
            "Count a text the way each platform counts it (X's weighted count with links as 23, graphemes on Bluesky, UTF-16 on LinkedIn…) and compare it with the channel's limit.",
            """{"type": "object", "properties": {"text": {"type": "string", "description": "The text to count, without front matter."}, "channels": {"type": "array", "items": {"type": "string"}, "description": "Channels to count for: x, mastodon, bluesky, linkedin… or one declared in contentlint.yaml."}}, "required": ["text", "channels"]}"""),
    ];

    private static Tool Define(string name, string description, string schema) => new()
    {
        Name = name,
        Description = description,
        InputSchema = JsonDocument.Parse(schema).RootElement.Clone(),
        Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false },
    };
}
