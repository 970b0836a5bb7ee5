using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Fuzzing;

/// <summary>One fuzz input through the server: open, replace, wait for the diagnostics of the last version, ask.</summary>
internal static class FuzzedDocument
{
    /// <summary>Opens <paramref name="first"/>, replaces it by <paramref name="second"/>, and checks what comes back.</summary>
    public static async Task OpenChangeAndAskAsync(LspTestClient client, string uri, string first, string second)
    {
        await client.OpenAsync(uri, first);
        await client.ChangeAsync(uri, 2, new { text = second });
        var published = await client.DiagnosticsAsync(uri, version: 2);
        AssertInside(published, second);
        await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 0 } });
    }

    private static void AssertInside(JsonElement published, string text)
    {
        var lines = text.Split('\n');
        foreach (var diagnostic in published.GetProperty("diagnostics").EnumerateArray())
        {
            foreach (var end in new[] { "start", "end" })
            {
                var position = diagnostic.GetProperty("range").GetProperty(end);
                var line = position.GetProperty("line").GetInt32();
                Assert.InRange(line, 0, lines.Length - 1);
                Assert.InRange(position.GetProperty("character").GetInt32(), 0, lines[line].Length);
            }
        }
    }
}
