using System.Text.Json;

namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>workspace/didChangeConfiguration</c> parameters: <c>settings.contentlint</c> holds <see cref="ServerSettings"/>.</summary>
internal sealed record DidChangeConfigurationParams(JsonElement? Settings);
