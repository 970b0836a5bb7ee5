using ContentLint.Core.Scripting.Api.Secrets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Scripting.Api.Secrets;

/// <summary>
/// The one-pass keyword search picks exactly the rules gitleaks' rule-by-rule test picks (a keyword
/// contained in the lower-cased text), and the regexes it leaves unbuilt until needed all build.
/// </summary>
public sealed class PortedSecretKeywordsTests
{
    // Keywords and their pieces in both cases, characters whose lower case is ASCII (İ, the Kelvin sign)
    // or whose upper case is (ı, ſ), separators, and text around them.
    private static readonly string[] Pieces =
    [
        "s.", "S.", "ey", "EY", "eY", "sk", "SK", "a3t", "A3T", "akia", "AKIA", "ghp_", "GHP_", "xox", "XOXB", "hvs.", "api", "Key",
        "q~", "sg.", "glpat-", "GLPAT", "sk-ant", "sk-proj", "npm_", "dapi", "pul-", "ops_", "hf_", "a", "k", "i", "İ", "\u212A", "ı",
        "ſ", " ", "\n", "-", "_", ".", "~", "é", "😀", "bonjour", "hey",
    ];

    private static Arbitrary<string> KeywordIsh() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Triggered_rules_are_the_rules_a_keyword_of_which_the_lowered_text_contains() =>
        Prop.ForAll(KeywordIsh(), text =>
        {
            var lowered = text.ToLowerInvariant();
            var expected = PortedSecretRules.All
                .Where(rule => rule.Keywords.Count == 0 || rule.Keywords.Any(keyword => lowered.Contains(keyword, StringComparison.Ordinal)))
                .Select(rule => rule.Id);

            Assert.Equal(expected, PortedSecretRules.Triggered(text).Select(rule => rule.Id));
        });

    [Theory]
    [InlineData("", 0)]
    [InlineData("Bonjour à tous, rendez-vous demain.", 0)]
    [InlineData("token: ghp_0123456789abcdefABCDEF0123456789abcd", 1)]
    public void A_text_without_keywords_triggers_nothing_and_one_with_a_prefix_triggers_its_rule(string text, int atLeast)
    {
        var triggered = PortedSecretRules.Triggered(text);

        Assert.True(triggered.Count >= atLeast, $"{triggered.Count} rules");
        Assert.All(triggered, rule => Assert.Contains(rule.Keywords, keyword => text.ToLowerInvariant().Contains(keyword, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_allowlist_regex_builds_on_the_non_backtracking_engine()
    {
        var allowlists = PortedSecretRules.Global.Concat(PortedSecretRules.All.SelectMany(rule => rule.Allowlists)).ToList();

        var regexes = allowlists.SelectMany(list => list.Regexes).ToList();

        Assert.Equal(allowlists.Sum(list => list.Regexes.Count), regexes.Count);
        Assert.True(regexes.Count >= 40, $"{regexes.Count} allowlist regexes");
        Assert.All(regexes, regex => Assert.True((regex.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking) != 0, regex.ToString()));
    }
}
