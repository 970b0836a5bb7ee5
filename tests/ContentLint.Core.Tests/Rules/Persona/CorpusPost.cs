using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>A labelled post of ../shared/corpus and the half it falls in.</summary>
/// <param name="Id">The corpus id.</param>
/// <param name="Text">The text.</param>
/// <param name="Lang">ISO 639-1 code, or null.</param>
/// <param name="Label">The source's label mapped to a type (<c>promo</c>, <c>dialogue</c>), or its own class (<c>info</c>, <c>exclude</c>).</param>
/// <param name="Confidence">The crowd's agreement, 1 when the label is structural.</param>
/// <param name="Clear">
/// For a promotion, true when it is clearly promotional by its source's written rule (<c>clear</c> in the row, set by
/// the vendoring script: see tools/eval-data/README.md); rows without the field count as clear.
/// </param>
internal sealed record CorpusPost(string Id, string Text, string? Lang, string Label, double Confidence, bool Clear = true)
{
    /// <summary>
    /// The half used to choose the weights (<c>tuning</c>: the first byte of SHA-256(id) is even) or only
    /// measured at the end (<c>held-out</c>). Stable across runs and machines.
    /// </summary>
    public string Half => SHA256.HashData(Encoding.UTF8.GetBytes(Id))[0] % 2 == 0 ? "tuning" : "held-out";

    /// <summary>Reads a corpus file (JSON lines).</summary>
    public static List<CorpusPost> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(Parse)];

    private static CorpusPost Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        string? Get(string name) => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var confidence = json.TryGetProperty("label_confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1;
        var lang = Get("lang");
        var clear = !json.TryGetProperty("clear", out var clearValue) || clearValue.ValueKind != JsonValueKind.False;
        return new CorpusPost(Get("id")!, Get("text")!, lang is { Length: 2 } ? lang : null, Get("type") ?? Get("label") ?? "none", confidence, clear);
    }
}
