using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;

namespace ContentLint.Core.Tests.Scripting;

public sealed class ScriptCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "contentlint-cache-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_key_changes_with_the_script_the_compiler_and_is_stable_otherwise()
    {
        var key = ScriptCache.Key("var x = 1;", "compiler A", SandboxPolicy.Default, "pack");

        Assert.Equal(key, ScriptCache.Key("var x = 1;", "compiler A", SandboxPolicy.Default, "pack"));
        Assert.NotEqual(key, ScriptCache.Key("var x = 2;", "compiler A", SandboxPolicy.Default, "pack"));
        Assert.NotEqual(key, ScriptCache.Key("var x = 1;", "compiler B", SandboxPolicy.Default, "pack"));
        Assert.NotEqual(key, ScriptCache.Key("var x = 1;", "compiler A", SandboxPolicy.Default, "another pack"));
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void Entries_are_written_atomically_and_read_back()
    {
        var cache = new ScriptCache(_folder);

        Assert.Null(cache.TryRead("abc"));
        Assert.True(cache.TryWrite("abc", [1, 2, 3]));
        Assert.Equal([1, 2, 3], cache.TryRead("abc"));
        Assert.Equal(["abc.dll"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        cache.Remove("abc");
        Assert.Null(cache.TryRead("abc"));
    }

    [Fact]
    public void The_default_folder_follows_the_environment()
    {
        Assert.Equal(Path.GetFullPath("/tmp/x"), ScriptCache.DefaultDirectory(name => name == "CONTENTLINT_CACHE_DIR" ? "/tmp/x" : null));
        Assert.Equal(Path.Combine("/xdg", "contentlint", "scripts"), ScriptCache.DefaultDirectory(name => name == "XDG_CACHE_HOME" ? "/xdg" : null));
        Assert.EndsWith(Path.Combine(".cache", "contentlint", "scripts"), ScriptCache.DefaultDirectory(_ => null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_entry_is_removed_and_the_script_compiled_again()
    {
        var compiler = new CountingCompiler();
        var loader = new ScriptLoader(new ScriptSettings { CacheDirectory = _folder, CompilerFactory = () => compiler, CompilerIdentity = "fake" });
        var script = new ContentLint.Core.Documents.SourceDocument("r.csx", "/*---\nid: A1\n---*/\n");
        var key = ScriptCache.Key(script.Text, "fake", SandboxPolicy.Default, ShippedRules.None.Identity);
        loader.Cache.TryWrite(key, [0x4D, 0x5A, 0, 0]);

        var result = loader.Load(script);

        Assert.Null(result.Script);
        Assert.Equal("no assembly", Assert.Single(result.Problems).Message);
        Assert.Equal(1, compiler.Calls);
        Assert.Null(loader.Cache.TryRead(key));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class CountingCompiler : IScriptCompiler
    {
        public int Calls { get; private set; }

        public ScriptCompileResult Compile(ScriptCompileRequest request)
        {
            Calls++;
            return new ScriptCompileResult(null, [new ScriptProblem(ScriptProblemKind.CompileError, default, "no assembly")]);
        }
    }
}
