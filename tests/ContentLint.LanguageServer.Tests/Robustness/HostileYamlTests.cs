using System.Text;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Robustness;

/// <summary>Front matter built to take a YAML parser down becomes a diagnostic, and the server goes on answering.</summary>
public sealed class HostileYamlTests
{
    [Fact]
    public async Task An_alias_cycle_and_billion_laughs_are_diagnostics_and_the_server_stays_up()
    {
        await using var client = await LspTestClient.StartAsync();
        var laughs = new StringBuilder("---\nchannel: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        await client.OpenAsync("file:///ws/posts/cycle.md", "---\nl: &l [*l]\n---\n");
        await client.OpenAsync("file:///ws/posts/laughs.md", laughs + "---\nHi\n");

        var cycle = await client.DiagnosticsAsync("file:///ws/posts/cycle.md", 1);
        var bomb = await client.DiagnosticsAsync("file:///ws/posts/laughs.md", 1);
        AssertInvalidYamlAt(cycle, line: 1, character: 7);
        AssertInvalidYamlAt(bomb, line: 7, character: 9);
        await client.AssertAliveAsync();
    }

    private static void AssertInvalidYamlAt(System.Text.Json.JsonElement publish, int line, int character)
    {
        Assert.Equal(["CL0001"], LspTestClient.Codes(publish));
        var start = publish.GetProperty("diagnostics")[0].GetProperty("range").GetProperty("start");
        Assert.Equal((line, character), (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()));
    }
}
