using System.Runtime.Loader;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Pack;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// The shipped pack's build step: several scripts in one assembly, one class per rule ID, a manifest of
/// source hashes checked at load, trusted or sandboxed. Fixture pack: the scripts of docs/examples.
/// </summary>
public sealed class PackCompileTests
{
    private static readonly ScriptConfiguration Limits = new() { BudgetMs = 10_000 };

    private static string Folder => Path.Combine(RepoPaths.Root, "docs", "examples", "scripts");

    private static List<PackScriptSource> Examples() =>
    [
        .. Directory.GetFiles(Folder, "*.csx").Order(StringComparer.Ordinal)
            .Select(path => new PackScriptSource(path, File.ReadAllText(path), Path.GetFileName(path).Split('.')[0])),
    ];

    [Fact]
    public void The_scripts_compile_into_one_assembly_with_a_class_per_rule_and_report_as_user_scripts_do()
    {
        var scripts = Examples();
        var pack = Load(scripts, sandboxed: false);
        const string post = "---\nchannel: x\n---\nFaster than globex, this is is #one #two #three #fourTags\n";

        var shipped = new Linter(Config(), pack.CreateRules(Limits).PostRules).Lint(new SourceDocument("post.md", post)).Findings.Select(f => $"{f.RuleId} {f.Span} {f.Message}");
        using var harness = new ScriptHarness();
        var asUser = scripts.SelectMany(s => harness.Lint(s.Text, post).Findings.Where(f => f.RuleId == s.RuleId)).Select(f => $"{f.RuleId} {f.Span} {f.Message}");

        Assert.Equal(["ACME001", "ACME002", "ACME003"], pack.Scripts.Select(s => s.Header.Descriptor.Id));
        Assert.All(pack.Scripts, s => Assert.Equal("ContentLint.Scripts.Pack." + s.Header.Descriptor.Id, s.Script.CreateInstance().GetType().FullName));
        Assert.False(pack.Sandboxed);
        Assert.Equal(asUser.Order(StringComparer.Ordinal), shipped.Order(StringComparer.Ordinal));
        Assert.Equal(4, shipped.Count());
    }

    [Fact]
    public void A_source_that_differs_from_the_one_compiled_is_a_build_defect()
    {
        var scripts = Examples();
        var image = Compile(scripts, sandboxed: false);
        var edited = scripts.Select(s => (s.Path, s.RuleId == "ACME002" ? s.Text.Replace("Repeated word", "Doubled word", StringComparison.Ordinal) : s.Text));

        var error = Assert.Throws<InvalidOperationException>(() => new CompiledScriptPack(LoadAssembly(image), edited));

        Assert.Contains("(ACME002) differs from the source its compiled class was built from", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_missing_from_the_assembly_or_a_class_without_its_source_is_a_build_defect()
    {
        var scripts = Examples();
        var image = Compile(scripts.Take(2).ToList(), sandboxed: false);

        var missing = Assert.Throws<InvalidOperationException>(() => new CompiledScriptPack(LoadAssembly(image), scripts.Select(s => (s.Path, s.Text))));
        var orphan = Assert.Throws<InvalidOperationException>(() => new CompiledScriptPack(LoadAssembly(image), scripts.Take(1).Select(s => (s.Path, s.Text))));

        Assert.Contains("(ACME003) is not in the compiled pack", missing.Message, StringComparison.Ordinal);
        Assert.Contains("classes without a source: ACME002", orphan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sandboxed_pack_keeps_the_checkpoints_that_stop_a_runaway_rule()
    {
        var loop = new PackScriptSource("loop.csx", ScriptHarness.Script("while (true) { }", id: "TEST900"), "TEST900");
        var pack = Load([loop], sandboxed: true);

        var findings = new Linter(Config(), pack.CreateRules(new ScriptConfiguration { BudgetMs = 200 }).PostRules).Lint(new SourceDocument("post.md", ScriptHarness.Post("Hello."))).Findings;

        Assert.True(pack.Sandboxed);
        Assert.Equal("CL0034", Assert.Single(findings, f => f.RuleId.StartsWith("CL0034", StringComparison.Ordinal)).RuleId);
    }

    [Fact]
    public void A_script_the_sandbox_rejects_fails_the_pack_with_its_path()
    {
        var escape = new PackScriptSource("rules/escape.csx", ScriptHarness.Script("var s = System.IO.File.ReadAllText(\"/etc/passwd\");", id: "TEST901"), "TEST901");

        var result = new RoslynScriptCompiler().CompilePack(new PackCompileRequest([.. Examples(), escape], "Test.Pack." + Guid.NewGuid().ToString("N"), Sandboxed: false));

        Assert.Null(result.Assembly);
        var (path, problem) = Assert.Single(result.Problems);
        Assert.Equal("rules/escape.csx", path);
        Assert.Equal("System.IO.File.ReadAllText", problem.Symbol);
    }

    private static CompiledScriptPack Load(IReadOnlyList<PackScriptSource> scripts, bool sandboxed) =>
        new(LoadAssembly(Compile(scripts, sandboxed)), scripts.Select(s => (s.Path, s.Text)));

    private static byte[] Compile(IReadOnlyList<PackScriptSource> scripts, bool sandboxed)
    {
        var result = new RoslynScriptCompiler().CompilePack(new PackCompileRequest(scripts, "Test.Pack." + Guid.NewGuid().ToString("N"), sandboxed));
        return result.Assembly ?? throw new InvalidOperationException(string.Join("\n", result.Problems.Select(p => $"{p.Path}: {p.Problem.Message}")));
    }

    private static System.Reflection.Assembly LoadAssembly(byte[] image)
    {
        using var stream = new MemoryStream(image);
        return new AssemblyLoadContext("test-pack", isCollectible: true).LoadFromStream(stream);
    }

    private static LintConfiguration Config() => LintConfiguration.CreateDefault(Path.GetTempPath());
}
