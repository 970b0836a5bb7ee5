using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Rules.Loading;

public sealed class RulePackLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("contentlint-rules-").FullName;

    [Fact]
    public void Files_are_dispatched_by_extension_in_path_order_and_duplicates_are_refused()
    {
        Write("rules/b/R2.fake", "id: R2");
        Write("rules/a/R1.fake", "id: R1");
        Write("rules/a/dup.fake", "id: R1");
        Write("rules/a/builtin.fake", "id: CL0001");
        Write("rules/README.md", "not a rule");
        var config = LintConfiguration.CreateDefault(_root) with { Rules = ["rules"] };

        var pack = new RulePackLoader([new FakeLoader()]).Load(config, new RuleLoadBaseline([ContentLint.Core.Diagnostics.Engine.ParseRules.InvalidYaml], []), scriptsEnabled: true, p => Path.GetRelativePath(_root, p));

        Assert.Equal(["R1", "R2"], pack.Rules.Select(r => r.Descriptor.Id));
        Assert.Equal(["rules/a/builtin.fake", "rules/a/dup.fake"], pack.Reports.Select(r => r.Source.Path));
        Assert.All(pack.Reports, r => Assert.Contains("is already used by another rule", Assert.Single(r.Diagnostics).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Loaders_that_run_code_are_skipped_with_one_finding_when_scripts_are_disabled()
    {
        Write("rules/R1.fake", "id: R1");
        Write("rules/R2.fake", "id: R2");
        var config = LintConfiguration.CreateDefault(_root) with { Rules = ["rules"] };

        var pack = new RulePackLoader([new FakeLoader { RunsCode = true }]).Load(config, new RuleLoadBaseline([], []), scriptsEnabled: false, p => Path.GetRelativePath(_root, p));

        Assert.Empty(pack.Rules);
        var finding = Assert.Single(Assert.Single(pack.Reports).Diagnostics);
        Assert.Equal("2 script rule(s) skipped: scripts are disabled (--no-scripts)", finding.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void A_rule_with_a_shipped_rule_id_overrides_it_once()
    {
        Write("rules/a/R1.fake", "id: R1");
        Write("rules/b/R1-again.fake", "id: R1");
        var config = LintConfiguration.CreateDefault(_root) with { Rules = ["rules"] };

        var pack = new RulePackLoader([new FakeLoader()]).Load(config, new RuleLoadBaseline([], [new FakeRule("R1").Descriptor]), scriptsEnabled: true, p => Path.GetRelativePath(_root, p));

        Assert.Equal(["R1"], pack.Rules.Select(r => r.Descriptor.Id));
        Assert.Equal("rules/a/R1.fake", pack.Overridden["R1"]);
        Assert.Equal("rules/b/R1-again.fake", Assert.Single(pack.Reports).Source.Path);
        Assert.Contains("the ID 'R1' is already used by another rule", Assert.Single(Assert.Single(pack.Reports).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_a_shipped_rule_name_but_another_id_is_refused()
    {
        Write("rules/R8.fake", "id: R8");
        var config = LintConfiguration.CreateDefault(_root) with { Rules = ["rules"] };
        var shipped = new RuleDescriptor("S1", "fake-r8", "Shipped.", RuleCategory.Custom, Severity.Warning, "m", "d");

        var pack = new RulePackLoader([new FakeLoader()]).Load(config, new RuleLoadBaseline([], [shipped]), scriptsEnabled: true, p => Path.GetRelativePath(_root, p));

        Assert.Empty(pack.Rules);
        Assert.Empty(pack.Overridden);
        Assert.Contains("the name 'fake-r8' is the shipped rule S1's", Assert.Single(Assert.Single(pack.Reports).Diagnostics).Message, StringComparison.Ordinal);
    }

    private sealed class FakeLoader : IRuleFileLoader
    {
        public IReadOnlyList<string> Extensions { get; } = [".fake"];

        public bool RunsCode { get; init; }

        public RuleFileLoadResult Load(SourceDocument file, RuleLoadContext context)
        {
            var id = file.Text["id: ".Length..];
            return new RuleFileLoadResult(new FakeRule(id), [], new TextSpan(4, id.Length));
        }
    }

    private sealed class FakeRule(string id) : PostRule
    {
        public override RuleDescriptor Descriptor { get; } = new(id, "fake-" + id.ToLowerInvariant(), "Fake.", RuleCategory.Custom, Severity.Warning, "m", "d");

        public override void Check(PostRuleContext context)
        {
        }
    }
}
