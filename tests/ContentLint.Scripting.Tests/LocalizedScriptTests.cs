using ContentLint.Core.Diagnostics;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>A script's header translations and <c>LocalizedString</c> arguments; its own messages stay as given.</summary>
public sealed class LocalizedScriptTests : IDisposable
{
    private readonly ScriptHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void A_script_reports_in_english_and_its_findings_render_in_french()
    {
        var script = ScriptHarness.Script(
            """
            Report(new TextSpan(0, 7), ("kind", new LocalizedString("greeting", "salutation")));
            Report(new TextSpan(0, 7), "a message of its own");
            """,
            message: "Found a {kind}",
            extraHeader: "locales:\n  fr:\n    title: Règle de test.\n    message: \"Trouvé une {kind}\"\n");

        var findings = _harness.Lint(script, ScriptHarness.Post("Bonjour tout le monde")).Findings.Where(f => f.RuleId == "TEST100").ToList();

        Assert.Equal(["Found a greeting", "a message of its own"], findings.Select(f => f.Message).Order(StringComparer.Ordinal));
        Assert.Equal(["Trouvé une salutation", "a message of its own"], findings.Select(f => f.MessageIn(MessageLocale.French)).Order(StringComparer.Ordinal));
    }
}
