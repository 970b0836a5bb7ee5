using ContentLint.Core.Scripting;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>The compiled-script cache only loads what it wrote itself, and remembers the scripts it refused.</summary>
public sealed class CacheIntegrityTests
{
    private static readonly string Real = ScriptHarness.Script("Report(new TextSpan(0, 1), (\"message\", \"the real rule ran\"));");
    private static readonly string Impostor = ScriptHarness.Script("Report(new TextSpan(0, 1), (\"message\", \"the impostor ran\"));", id: "TEST666");

    [Fact]
    public void A_cached_dll_swapped_for_another_compiled_script_is_not_executed_and_the_real_one_runs()
    {
        using var harness = new ScriptHarness();
        var post = ScriptHarness.Post("A post.");
        Assert.Contains(harness.Lint(Real, post).Findings, f => f.Message == "the real rule ran");
        Assert.Contains(harness.Lint(Impostor, post).Findings, f => f.Message == "the impostor ran");
        var realKey = KeyOf(Real);
        var impostorKey = KeyOf(Impostor);
        var cache = harness.Loader.Cache;

        // The attacker can write the cache folder: both the assembly and its signature are swapped in.
        File.Copy(cache.PathOf(impostorKey), cache.PathOf(realKey), overwrite: true);
        File.Copy(Path.Combine(cache.Directory, impostorKey + ".mac"), Path.Combine(cache.Directory, realKey + ".mac"), overwrite: true);
        var log = new List<string>();
        var nextRun = harness.NewLoader(log);
        var findings = harness.Lint(harness.Load(Real, loader: nextRun), post).Findings;

        Assert.Contains(findings, f => f.Message == "the real rule ran");
        Assert.DoesNotContain(findings, f => f.Message == "the impostor ran");
        Assert.Equal((1, 0), (nextRun.Compiled, nextRun.CacheHits));
        Assert.Contains(log, line => line.Contains(realKey, StringComparison.Ordinal) && line.Contains("not written by this cache", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untouched_entry_is_a_cache_hit()
    {
        using var harness = new ScriptHarness();
        harness.Lint(Real, ScriptHarness.Post("A post."));

        var nextRun = harness.NewLoader();
        var findings = harness.Lint(harness.Load(Real, loader: nextRun), ScriptHarness.Post("A post.")).Findings;

        Assert.Contains(findings, f => f.Message == "the real rule ran");
        Assert.Equal((0, 1), (nextRun.Compiled, nextRun.CacheHits));
    }

    [Fact]
    public void A_refused_script_is_not_compiled_again_on_the_next_run()
    {
        using var harness = new ScriptHarness();
        var refused = ScriptHarness.Script("var s = System.IO.File.ReadAllText(\"/etc/hostname\");");
        var first = harness.Load(refused);
        var nextRun = harness.NewLoader();

        var second = harness.Load(refused, loader: nextRun);

        Assert.Null(first.Rule);
        Assert.Null(second.Rule);
        Assert.Equal(0, nextRun.Compiled);
        Assert.Equal(first.Diagnostics.Select(d => (d.Rule.Id, d.Span, d.Message)), second.Diagnostics.Select(d => (d.Rule.Id, d.Span, d.Message)));
        Assert.Equal("CL0032", Assert.Single(second.Diagnostics).Rule.Id);
    }

    private static string KeyOf(string script) =>
        ScriptCache.Key(script, ScriptEngineIdentity.DefaultCompiler, SandboxPolicy.Default, ContentLint.Core.Rules.ShippedRules.None.Identity);
}
