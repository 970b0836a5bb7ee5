using System.Text.RegularExpressions;
using System.Text.Json;
using ContentLint.Core.Scripting.Api.Secrets;

namespace ContentLint.Core.Tests.Scripting.Api.Secrets;

/// <summary>
/// The ported gitleaks rules against gitleaks' own test cases (cmd/generate/config/rules/*.go, extracted by
/// tools/gitleaks/convert.py): every true positive is found by its rule, no false positive is. A rule for
/// which gitleaks lists no false positive gets one derived from its true positive: the secret cut to its first
/// eight characters (at most half of it), which no format may read as a credential. Rules whose gitleaks tests
/// build their samples with generator functions the converter does not evaluate have hand-written cases
/// (gitleaks-cases.supplement.json), so that every ported format has a positive and a negative test.
/// </summary>
public sealed class GitleaksPortTests
{
    private static readonly string CasesFolder = Path.Combine(AppContext.BaseDirectory, "Scripting", "Api", "Secrets");

    private static readonly Lazy<Dictionary<string, (List<string> True, List<string> False)>> Cases = new(LoadCases);

    public static TheoryData<string, string> TruePositives() => Data(c => c.True);

    public static TheoryData<string, string> FalsePositives() => Data(c => c.False);

    public static TheoryData<string> RulesWithoutFalsePositives()
    {
        var data = new TheoryData<string>();
        foreach (var (id, cases) in Cases.Value.Where(c => c.Value.False.Count == 0 && c.Value.True.Count > 0))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Every_rule_of_the_data_file_runs_on_the_non_backtracking_engine()
    {
        Assert.True(PortedSecretRules.All.Count >= 200, $"{PortedSecretRules.All.Count} rules");
        Assert.All(PortedSecretRules.All, rule => Assert.True((rule.Pattern.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking) != 0, rule.Id));
        Assert.Matches("^[0-9a-f]{40}$", PortedSecretRules.SourceCommit);
    }

    [Fact]
    public void The_quick_test_of_every_rule_says_no_only_where_its_linear_engine_finds_no_match()
    {
        // The quick test only skips texts: it must never say "no" where the linear engine finds a match. Every case
        // text of every rule, and each true positive cut short (which mostly no longer matches), is read by both.
        var skipped = 0;
        Assert.All(PortedSecretRules.All, rule =>
        {
            var cases = Cases.Value[rule.Id];
            foreach (var text in cases.True.Concat(cases.False).Concat(cases.True.Select(t => t[..(t.Length / 2)])))
            {
                if (!rule.MayMatch(text))
                {
                    Assert.False(rule.Pattern.IsMatch(text), $"{rule.Id}: the quick test skipped a match in {text}");
                    skipped++;
                }
            }
        });
        Assert.True(skipped > 100, $"the quick test skipped only {skipped} case texts");
    }

    [Fact]
    public void A_quick_test_that_times_out_lets_the_linear_engine_decide()
    {
        // (a+)+b backtracks exponentially on a run of a's with no b: the quick test gives up, and the 'c' after the run
        // is still found.
        var pattern = "(a+)+b|c";
        var rule = new PortedSecretRule(
            "test-rule", "test", new Lazy<Regex>(() => new Regex(pattern, RegexOptions.NonBacktracking)),
            new Lazy<Regex>(() => new Regex(pattern, RegexOptions.None, PortedSecretRule.QuickTimeout)), 0, 0, [], []);
        var text = new string('a', 40) + "!c";

        Assert.False(rule.MayMatch("nothing here"));
        Assert.True(rule.MayMatch(text));
        Assert.Equal([new ContentLint.Core.Text.TextSpan(text.Length - 1, 1)], rule.FindIn(text, []));
        // Having timed out once, the quick test is no longer tried: each hostile post does not pay the time-out again.
        Assert.True(rule.QuickGaveUp);
        Assert.True(rule.MayMatch("nothing here"));
        Assert.Empty(rule.FindIn("nothing here", []));
    }

    [Fact]
    public void Every_ported_rule_has_a_positive_case_and_a_negative_one()
    {
        Assert.All(PortedSecretRules.All, rule =>
        {
            Assert.True(Cases.Value.TryGetValue(rule.Id, out var cases), $"{rule.Id}: no test case");
            Assert.True(cases.True.Count > 0, $"{rule.Id}: no true positive");
        });
        Assert.Equal(PortedSecretRules.All.Count, Cases.Value.Count);
    }

    [Theory]
    [InlineData("openai-api-key")]
    [InlineData("anthropic-api-key")]
    [InlineData("gitlab-pat")]
    [InlineData("npm-access-token")]
    [InlineData("sendgrid-api-token")]
    [InlineData("slack-webhook-url")]
    public void The_formats_the_issue_names_are_ported_with_test_cases(string id)
    {
        Assert.Contains(PortedSecretRules.All, rule => rule.Id == id);
        Assert.NotEmpty(Cases.Value[id].True);
    }

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Gitleaks_true_positives_are_found_by_their_rule(string id, string text) =>
        Assert.NotEmpty(Run(id, text));

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Gitleaks_false_positives_are_not_found_by_their_rule(string id, string text) =>
        Assert.Empty(Run(id, text));

    [Theory]
    [MemberData(nameof(RulesWithoutFalsePositives))]
    public void A_true_positive_cut_to_its_first_characters_is_not_found(string id)
    {
        var text = Cases.Value[id].True[0];
        var secret = Run(id, text).First();
        var kept = Math.Min(8, secret.Length / 2);
        var cut = text.Remove(secret.Start + kept, secret.Length - kept);

        Assert.Empty(Run(id, cut));
    }

    private static List<ContentLint.Core.Text.TextSpan> Run(string id, string text) =>
        PortedSecretRules.All.Single(rule => rule.Id == id).Find(text, text.ToLowerInvariant(), PortedSecretRules.Global).ToList();

    private static TheoryData<string, string> Data(Func<(List<string> True, List<string> False), List<string>> pick)
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, cases) in Cases.Value)
        {
            foreach (var text in pick(cases))
            {
                data.Add(id, text);
            }
        }

        return data;
    }

    private static Dictionary<string, (List<string> True, List<string> False)> LoadCases()
    {
        var cases = Read("gitleaks-cases.json");
        foreach (var (id, written) in Read("gitleaks-cases.supplement.json"))
        {
            Assert.False(cases.TryGetValue(id, out var ported) && ported.True.Count > 0, $"{id} has gitleaks cases: drop it from the supplement");
            cases[id] = written;
        }

        return cases;
    }

    private static Dictionary<string, (List<string> True, List<string> False)> Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesFolder, file)));
        return json.RootElement.GetProperty("cases").EnumerateObject().ToDictionary(
            rule => rule.Name,
            rule => (Strings(rule.Value, "truePositives"), Strings(rule.Value, "falsePositives")));
    }

    private static List<string> Strings(JsonElement owner, string name) =>
        owner.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToList();
}
