using System.Diagnostics;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;
using ContentLint.Scripting.Tests.TestSupport;
using Xunit.Abstractions;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// Recompiling an edited script 500 times in one process unloads every old version: memory stays bounded.
/// Alone in its collection, run after the others: it counts every script assembly of the process, and a
/// test compiling scripts beside it made that count 1 in CI.
/// </summary>
[Collection(nameof(RecompileMemoryTests))]
public sealed class RecompileMemoryTests(ITestOutputHelper output)
{
    private const int Edits = 500;

    [Fact]
    public void Recompiling_an_edited_script_500_times_keeps_memory_bounded()
    {
        using var harness = new ScriptHarness();
        var linter = new Linter(LintConfiguration.CreateDefault(Path.GetTempPath()), []);
        var post = new SourceDocument("post.md", ScriptHarness.Post("We beat Acme, again."));
        var contexts = new List<WeakReference>();
        var watch = Stopwatch.StartNew();
        (long Managed, long Rss) atWarmUp = default;

        for (var edit = 0; edit < Edits; edit++)
        {
            contexts.Add(CompileRunAndUnload(harness, edit, linter, post));
            if (edit == 49)
            {
                atWarmUp = Measure();
                output.WriteLine($"after 50 edits: managed {atWarmUp.Managed / 1048576.0:F1} MB, RSS {atWarmUp.Rss / 1048576.0:F1} MB, {watch.Elapsed.TotalSeconds:F1} s");
            }
        }

        var atEnd = Measure();
        var alive = contexts.Count(c => c.IsAlive);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name!.StartsWith("ContentLint.Script.", StringComparison.Ordinal));
        output.WriteLine($"after {Edits} edits: managed {atEnd.Managed / 1048576.0:F1} MB, RSS {atEnd.Rss / 1048576.0:F1} MB, {watch.Elapsed.TotalSeconds:F1} s; load contexts alive {alive}, script assemblies loaded {loaded}");

        Assert.Equal(0, alive);
        Assert.Equal(0, loaded);
        Assert.True(atEnd.Managed < atWarmUp.Managed + (32L << 20), "managed memory grew by more than 32 MB between 50 and 500 edits");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileRunAndUnload(ScriptHarness harness, int edit, Linter linter, SourceDocument post)
    {
        var script = ScriptHarness.Script($$"""
            static readonly Regex Word = new(@"\bAcme\b");
            foreach (Match m in Word.Matches(Text)) Report(new TextSpan(m.Index, m.Length), "edit {{edit}}");
            """);
        var loaded = harness.Load(script);
        var rule = (ScriptPostRule)loaded.Rule!;
        var result = new Linter(linter.Configuration, [rule]).Lint(post);
        Assert.Equal($"edit {edit}", Assert.Single(result.Findings).Message);
        var context = rule.Script.ContextReference;
        rule.Dispose();
        return context;
    }

    private static (long Managed, long Rss) Measure()
    {
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), self.WorkingSet64);
    }
}

/// <summary>Runs <see cref="RecompileMemoryTests"/> with no other test of this assembly at the same time.</summary>
[CollectionDefinition(nameof(RecompileMemoryTests), DisableParallelization = true)]
public sealed class RecompileMemoryCollection;
