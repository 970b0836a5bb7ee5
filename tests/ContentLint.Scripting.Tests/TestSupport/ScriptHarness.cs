using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;
using ContentLint.Pack;

namespace ContentLint.Scripting.Tests.TestSupport;

/// <summary>Compiles scripts with the real compiler into a temporary cache and lints posts with them.</summary>
internal sealed class ScriptHarness : IDisposable
{
    public ScriptHarness()
    {
        CacheDirectory = Directory.CreateTempSubdirectory("contentlint-scripts-").FullName;
        KeyDirectory = Directory.CreateTempSubdirectory("contentlint-key-").FullName;
        Loader = NewLoader();
    }

    public string CacheDirectory { get; }

    /// <summary>Where the cache's key lives: outside the cache folder, as in real use.</summary>
    public string KeyDirectory { get; }

    public ScriptLoader Loader { get; }

    /// <summary>A script file: a header with <paramref name="id"/> and <paramref name="message"/>, then <paramref name="body"/>.</summary>
    public static string Script(string body, string id = "TEST100", string message = "{message}", string extraHeader = "") =>
        $"/*---\nid: {id}\nname: test-{id.ToLowerInvariant()}\ntitle: Test rule.\nseverity: warning\nmessage: \"{message}\"\n{extraHeader}---*/\n{body}";

    public static ScriptCompileResult Compile(string text) =>
        new RoslynScriptCompiler().Compile(new ScriptCompileRequest("rule.csx", text, "Test." + Guid.NewGuid().ToString("N"), SandboxPolicy.Default));

    public RuleFileLoadResult Load(string script, ScriptConfiguration? limits = null, ScriptLoader? loader = null) =>
        new ScriptRuleFileLoader(loader ?? Loader).Load(new SourceDocument("rule.csx", script), new RuleLoadContext(Config(limits), ScriptsEnabled: true));

    /// <summary>Lints <paramref name="post"/> (a Markdown post) with the script and the built-in rules.</summary>
    public FileLintResult Lint(string script, string post, ScriptConfiguration? limits = null, params PostRule[] others) =>
        Lint(Load(script, limits), post, limits, others);

    /// <summary>Lints <paramref name="post"/> with an already loaded script (disposed afterwards).</summary>
    public FileLintResult Lint(RuleFileLoadResult loaded, string post, ScriptConfiguration? limits = null, params PostRule[] others)
    {
        Assert.True(loaded.Rule is not null, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Span}: {d.Message}")));
        var linter = new Linter(Config(limits), BuiltInRules.Create().Append(loaded.Rule).Concat(others));
        try
        {
            return linter.Lint(new SourceDocument("post.md", post));
        }
        finally
        {
            ((IDisposable)loaded.Rule).Dispose();
        }
    }

    /// <summary>A Markdown post on <paramref name="channel"/>.</summary>
    public static string Post(string body, string channel = "linkedin", string extra = "") => $"---\nchannel: {channel}\n{extra}---\n{body}\n";

    /// <summary>A loader on the same cache and key as <see cref="Loader"/> with nothing loaded yet: a new run.</summary>
    public ScriptLoader NewLoader(List<string>? log = null) => new(new ScriptSettings
    {
        CacheDirectory = CacheDirectory,
        CacheKeyFile = Path.Combine(KeyDirectory, "cache.key"),
        CacheLog = log is null ? null : log.Add,
        CompilerFactory = () => new RoslynScriptCompiler(),
    });

    public void Dispose()
    {
        Directory.Delete(CacheDirectory, recursive: true);
        Directory.Delete(KeyDirectory, recursive: true);
    }

    /// <summary>
    /// Without <paramref name="limits"/>, a time budget far above what a test script costs: the budget is
    /// wall-clock time, and a loaded machine may pause a thread for longer than the default 100 ms.
    /// Tests about budgets pass their own limits.
    /// </summary>
    private static LintConfiguration Config(ScriptConfiguration? limits) =>
        LintConfiguration.CreateDefault(Path.GetTempPath()) with { Scripts = limits ?? new ScriptConfiguration { BudgetMs = 10_000 } };
}
