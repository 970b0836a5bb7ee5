using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>Messages in the writer's language: <c>--locale</c>, <c>CONTENTLINT_LOCALE</c>, the POSIX environment.</summary>
public sealed class LocaleTests : IDisposable
{
    private const string English = "post.md(2,10): error CL1001: Unknown channel 'linkdin'; did you mean 'linkedin'?";
    private const string French = "post.md(2,10): error CL1001: Canal inconnu «\u202Flinkdin\u202F»\u202F; vouliez-vous dire «\u202Flinkedin\u202F»\u00A0?";

    private readonly TempRepo _repo = new();

    public LocaleTests() => _repo.Write("post.md", "---\nchannel: linkdin\n---\nBonjour à tous.\n");

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Check_prints_french_messages_with_locale_fr_and_english_by_default()
    {
        var french = _repo.Check("--locale", "fr");
        var english = _repo.Check();

        Assert.Equal(1, french.ExitCode);
        Assert.Contains(French, french.Stdout, StringComparison.Ordinal);
        Assert.Contains(English, english.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CONTENTLINT_LOCALE", "fr")]
    [InlineData("LANG", "fr_FR.UTF-8")]
    [InlineData("LC_MESSAGES", "fr_CA.UTF-8")]
    public void Without_the_option_the_environment_decides(string variable, string value)
    {
        var result = ContentLintProcess.Run(_repo.Root, new Dictionary<string, string?> { [variable] = value }, "check");

        Assert.Contains(French, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_wins_over_the_environment_and_an_untranslated_language_is_english()
    {
        var option = ContentLintProcess.Run(_repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_LOCALE"] = "fr" }, "check", "--locale", "en-US");
        var german = _repo.Check("--locale", "de_DE.UTF-8");

        Assert.Contains(English, option.Stdout, StringComparison.Ordinal);
        Assert.Equal((1, string.Empty), (german.ExitCode, german.Stderr));
        Assert.Contains(English, german.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_that_is_not_a_locale_name_is_a_usage_error_in_one_line()
    {
        var result = _repo.Check("--locale", "fr FR");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("contentlint: error: invalid --locale 'fr FR': expected a locale name such as en, fr, fr-FR or fr_FR.UTF-8", line, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Fact]
    public void Json_keeps_the_english_message_and_adds_the_localized_one_and_sarif_is_french()
    {
        using var french = JsonDocument.Parse(_repo.Check("--format", "json", "--locale", "fr").Stdout);
        using var english = JsonDocument.Parse(_repo.Check("--format", "json").Stdout);
        using var sarif = JsonDocument.Parse(_repo.Check("--format", "sarif", "--locale", "fr").Stdout);

        var finding = french.RootElement.GetProperty("findings")[0];
        Assert.Equal("Unknown channel 'linkdin'; did you mean 'linkedin'?", finding.GetProperty("message").GetString());
        Assert.Equal(French[(French.IndexOf("Canal", StringComparison.Ordinal))..], finding.GetProperty("localizedMessage").GetString());
        Assert.False(english.RootElement.GetProperty("findings")[0].TryGetProperty("localizedMessage", out _));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("fr", run.GetProperty("language").GetString());
        Assert.StartsWith("Canal inconnu", run.GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_and_explain_show_french_titles_and_messages()
    {
        var list = ContentLintProcess.Run(RepoPaths.Root, "rules", "list", "--locale", "fr");
        var explain = ContentLintProcess.Run(RepoPaths.Root, "rules", "--locale", "fr", "explain", "CL0011");

        Assert.Matches(@"CL1001  unknown-channel\s+error\s+Une publication doit nommer des canaux connus\.", list.Stdout);
        Assert.StartsWith("CL0011 unused-suppression: Une désactivation doit servir à quelque chose.", explain.Stdout, StringComparison.Ordinal);
        Assert.Contains("Message: Désactivation inutile de {rule}\u00A0: rien de ce qui est signalé ici ne la justifie", explain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_that_an_untranslated_language_falls_back_to_english()
    {
        var help = ContentLintProcess.Run(_repo.Root, "check", "--help");

        Assert.Contains("--locale", help.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"falls\s+back\s+to\s+English", help.Stdout);
    }
}
