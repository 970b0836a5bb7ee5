using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Scripting;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// Each <c>tests/hostile-scripts/policy-*.csx</c> (one per gap class of the sandbox policy) ends as the
/// finding its <c>// expect: CLxxxx</c> line names: CL0032 at the line marked <c>// &lt;- here</c>, or
/// CL0034 on the post while the other rules still report.
/// </summary>
public sealed partial class HostilePolicyScriptTests
{
    private static readonly ScriptConfiguration Limits = new() { BudgetMs = 100, AllocationMb = 64 };

    public static TheoryData<string> Scripts => [.. Directory.GetFiles(Folder, "policy-*.csx").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_hostile_script_ends_as_its_expected_finding_at_its_position(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var expected = Expect().Match(text).Groups[1].Value;

        switch (expected)
        {
            case "CL0031" or "CL0032":
                var result = ScriptHarness.Compile(text);
                Assert.Null(result.Assembly);
                var problem = result.Problems[0];
                Assert.Equal(expected == "CL0032" ? ScriptProblemKind.ForbiddenApi : ScriptProblemKind.CompileError, problem.Kind);
                var marked = text.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains("// <- here", StringComparison.Ordinal)).index;
                Assert.Equal(marked, text.AsSpan(0, problem.Span.Start).Count('\n'));
                Assert.NotEmpty(problem.Message);
                break;
            case "CL0034":
                using (var harness = new ScriptHarness())
                {
                    var lint = harness.Lint(harness.Load(text, Limits), ScriptHarness.Post("A post with secret words."), Limits, new WordRule("secret"));
                    Assert.True(lint.Findings.Count(f => f.RuleId == "CL0034") == 1, string.Join("\n", lint.Findings.Select(f => $"{f.RuleId} {f.Message}")));
                    var finding = lint.Findings.Single(f => f.RuleId == "CL0034");
                    Assert.Equal(0, finding.Span.Start);
                    Assert.Contains(lint.Findings, f => f.RuleId == WordRule.Rule.Id);
                    Assert.DoesNotContain(lint.Findings, f => f.RuleId.StartsWith("HOSTILE", StringComparison.Ordinal));
                }

                break;
            default:
                Assert.Fail($"{file} has no '// expect: CL0031|CL0032|CL0034' line");
                break;
        }
    }

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "hostile-scripts");

    [GeneratedRegex(@"^// expect: (CL\d{4})", RegexOptions.Multiline)]
    private static partial Regex Expect();
}
