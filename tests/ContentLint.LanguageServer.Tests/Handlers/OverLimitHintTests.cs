using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>An over-limit count hint is styled apart (⚠ and the overflow) and says what to do.</summary>
public sealed class OverLimitHintTests
{
    private static async Task<List<JsonElement>> HintsAsync(string text, string? locale = null)
    {
        const string uri = "file:///ws/post.md";
        await using var client = await LspTestClient.StartAsync(locale: locale);
        await client.OpenAsync(uri, text);
        var hints = await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 100, character = 0 } },
        });
        return [.. hints.EnumerateArray()];
    }

    [Fact]
    public async Task Over_the_limit_on_x_reads_warning_count_and_overflow_and_offers_the_split()
    {
        var hint = Assert.Single(await HintsAsync($"---\nchannel: x\n---\n{new string('a', 290)}\n"));

        Assert.Equal("⚠ 290/280 +10", hint.GetProperty("label").GetString());
        var tooltip = hint.GetProperty("tooltip").GetString()!;
        Assert.StartsWith("⚠ X: 290/280, 10 over. Split it into a thread (quick fix on the finding) or trim 10 characters.", tooltip, StringComparison.Ordinal);
        Assert.Contains("X counts every link as 23 characters", tooltip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_the_limit_the_hint_is_the_plain_count()
    {
        var hint = Assert.Single(await HintsAsync("---\nchannel: x\n---\nBonjour\n"));

        Assert.Equal("7/280", hint.GetProperty("label").GetString());
        Assert.DoesNotContain("⚠", hint.GetProperty("tooltip").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_without_threads_offers_the_trim_in_french()
    {
        var hint = Assert.Single(await HintsAsync($"---\nchannel: pinterest\n---\n{new string('a', 812)}\n", locale: "fr"));

        Assert.Equal("⚠ 812/800 +12", hint.GetProperty("label").GetString());
        Assert.StartsWith("⚠ Pinterest\u00A0: 812/800, 12 de trop. Retirez 12 caractères.", hint.GetProperty("tooltip").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_on_two_channels_marks_the_whole_label_when_one_is_over()
    {
        var hint = Assert.Single(await HintsAsync($"---\nchannels: [x, mastodon]\n---\n{new string('a', 300)}\n"));

        Assert.Equal("⚠ x 300/280 +20 · mastodon 300/500", hint.GetProperty("label").GetString());
    }
}
