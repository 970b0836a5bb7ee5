using ContentLint.Core.Diagnostics;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.BuiltIn;

/// <summary>
/// The probe sentences of the outside evaluation on real text (issue 13) for the rules other than the message-type
/// classifier, each with the answer a careful editor gives. The rules' case files hold more of each class.
/// </summary>
public sealed class RealTextProbeTests
{
    [Theory]
    // Shouting: acronyms and tickers, support agents' signature initials (0 of 20 read findings were shouting).
    [InlineData("CL4004", "en", "NAN and PFE rose after the FDA approved the HIV drug at 9 CET.", false)]
    [InlineData("CL4004", "en", "@alex Sorry for the wait, we have passed this on. *TAS", false)]
    [InlineData("CL4004", "en", "@alex Please DM us your booking reference. ^FEM", false)]
    [InlineData("CL4004", "en", "HUGE SALE this weekend only!", true)]
    // PII: the international prefix 00; an unseparated 16-digit number that passes Luhn, without and with card context.
    [InlineData("CL2006", "fr", "Appelez-nous au 0033 6 12 34 56 78.", true)]
    [InlineData("CL2008", "en", "Your order 4970101234567802 has shipped.", false)]
    [InlineData("CL2008", "en", "I paid with my Visa card 4970101234567802 yesterday.", true)]
    // Secret formats the hand list missed, now ported from gitleaks.
    [InlineData("CL2011", "en", "token glpat-pzio4d67s96agab5q31y leaked", true)]
    [InlineData("CL2011", "en", "npm token npm_tocsajfubbetpy9labt6wa6jvupp3w9owl3f leaked", true)]
    [InlineData("CL2011", "en", "hook https://hooks.slack.com/services/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 leaked", true)]
    // Long sentence: a link followed by a capitalised word ends the sentence.
    [InlineData("CL4008", "en", "Read the full report on our new stores, our results for this year and our plans for the coming months here https://example.com/report Our team will answer all your questions about the report and our plans all week long.", false)]
    public void A_probe_sentence_gets_the_answer_a_careful_editor_gives(string rule, string lang, string text, bool reported)
    {
        var findings = Lint.Text("p.md", $"---\nchannel: linkedin\nlang: {lang}\n---\n{text}\n").Findings;

        Assert.Equal(reported, findings.Any(f => f.RuleId == rule));
    }

    [Fact]
    public void A_french_no_break_space_finding_is_information_and_does_not_fail_a_build()
    {
        var findings = Lint.Text("p.md", "---\nchannel: linkedin\nlang: fr\n---\nBonjour! Une question? Écrivez-nous: nous répondons vite; promis!\n").Findings;

        Assert.Equal(5, findings.Count(f => f.RuleId == "CL5001"));
        Assert.All(findings.Where(f => f.RuleId == "CL5001"), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void A_support_reply_over_280_only_because_of_its_leading_mentions_fits_x()
    {
        var text = "@alex_example @sam_example " + string.Join(' ', Enumerable.Repeat("We are sorry for the delay.", 10));

        var post = Lint.Text("p.md", $"---\nchannel: x\nlang: en\n---\n{text}\n").Findings;
        var reply = Lint.Text("p.md", $"---\nchannel: x\nlang: en\nreply_to: https://x.com/alex/status/1\n---\n{text}\n").Findings;

        Assert.Contains(post, f => f.RuleId == "CL1002");
        Assert.DoesNotContain(reply, f => f.RuleId == "CL1002");
    }
}
