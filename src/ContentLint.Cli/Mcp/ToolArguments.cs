using System.Text.Json;

namespace ContentLint.Cli.Mcp;

/// <summary>A tool call's arguments, read with the checks the tools' input schemas promise.</summary>
internal sealed class ToolArguments(IDictionary<string, JsonElement>? arguments)
{
    /// <summary>A string argument, or null when absent.</summary>
    public string? OptionalText(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw new ToolArgumentException($"'{name}' must be a string"),
    };

    /// <summary>A string argument that must be present.</summary>
    public string RequiredText(string name) => OptionalText(name) ?? throw new ToolArgumentException($"'{name}' is required");

    /// <summary>A non-empty list of names (a single string is accepted, and commas separate names as in the CLI).</summary>
    public IReadOnlyList<string> RequiredNames(string name)
    {
        IEnumerable<string?> values = Get(name) switch
        {
            { ValueKind: JsonValueKind.String } one => [one.GetString()],
            { ValueKind: JsonValueKind.Array } many when many.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => many.EnumerateArray().Select(e => e.GetString()),
            null => throw new ToolArgumentException($"'{name}' is required"),
            _ => throw new ToolArgumentException($"'{name}' must be a list of strings"),
        };
        var names = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return names.Count > 0 ? names : throw new ToolArgumentException($"'{name}' must name at least one channel");
    }

    private JsonElement? Get(string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}

/// <summary>A tool call the tool cannot run as asked: reported to the client as a tool error with this message.</summary>
internal sealed class ToolArgumentException(string message) : Exception(message);
