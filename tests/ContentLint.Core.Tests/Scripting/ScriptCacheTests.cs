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
        var cache = new ScriptCache(_folder, new ScriptCacheKey(_folder + ".key"));

        Assert.Null(cache.TryRead("abc"));
        Assert.True(cache.TryWrite("abc", [1, 2, 3]));
        Assert.Equal([1, 2, 3], cache.TryRead("abc"));
        Assert.Equal(["abc.dll", "abc.mac"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
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
        var loader = new ScriptLoader(new ScriptSettings { CacheDirectory = _folder, CacheKeyFile = _folder + ".key", CompilerFactory = () => compiler, CompilerIdentity = "fake" });
        var script = new ContentLint.Core.Documents.SourceDocument("r.csx", "/*---\nid: A1\n---*/\n");
        var key = ScriptCache.Key(script.Text, "fake", SandboxPolicy.Default, ShippedRules.None.Identity);
        loader.Cache.TryWrite(key, [0x4D, 0x5A, 0, 0]);

        var result = loader.Load(script);

        Assert.Null(result.Script);
        Assert.Equal("no assembly", Assert.Single(result.Problems).Message);
        Assert.Equal(1, compiler.Calls);
        Assert.Null(loader.Cache.TryRead(key));
    }

    [Fact]
    public void An_entry_is_only_read_back_with_its_own_signature()
    {
        var logged = new List<string>();
        var cache = new ScriptCache(_folder, new ScriptCacheKey(_folder + ".key")) { Log = logged.Add };
        Assert.True(cache.TryWrite("good", [1, 2, 3]));
        Assert.True(cache.TryWrite("other", [4, 5, 6]));

        File.WriteAllBytes(cache.PathOf("good"), [9, 9, 9]);
        File.Copy(Path.Combine(_folder, "other.mac"), Path.Combine(_folder, "good.mac"), overwrite: true);
        File.WriteAllBytes(cache.PathOf("planted"), [1, 2, 3]);

        Assert.Null(cache.TryRead("good"));
        Assert.Null(cache.TryRead("planted"));
        Assert.Equal([4, 5, 6], cache.TryRead("other"));
        Assert.Equal(2, logged.Count);
        Assert.Null(new ScriptCache(_folder, new ScriptCacheKey(_folder + ".other.key")).TryRead("other"));
    }

    [Fact]
    public void The_key_is_private_to_its_owner_and_one_readable_by_others_is_replaced_and_its_entries_compile_again()
    {
        var key = new ScriptCacheKey(Path.Combine(_folder + ".keys", "cache.key"));
        Assert.NotNull(key.Secret);
        Assert.Null(key.Notice);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.Path));
        Assert.True(new ScriptCache(_folder, key).TryWrite("abc", [1]));
        File.SetUnixFileMode(key.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var logged = new List<string>();
        var replaced = new ScriptCacheKey(key.Path);
        var cache = new ScriptCache(_folder, replaced) { Log = logged.Add };

        Assert.NotNull(replaced.Secret);
        Assert.NotEqual(key.Secret, replaced.Secret);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.Path));
        Assert.Null(cache.TryRead("abc")); // Signed with the key others could read: a miss, compiled again.
        Assert.Contains(logged, l => l.Contains("was readable or writable by others: it was replaced by a new private key", StringComparison.Ordinal));
        Assert.True(cache.TryWrite("abc", [1]));
        Assert.Equal(new byte[] { 1 }, new ScriptCache(_folder, new ScriptCacheKey(key.Path)).TryRead("abc"));
    }

    [Fact]
    public void Refused_scripts_are_remembered_with_their_problems_and_a_tampered_entry_is_ignored()
    {
        var cache = new ScriptCache(_folder, new ScriptCacheKey(_folder + ".key"));
        ScriptProblem[] problems = [new(ScriptProblemKind.ForbiddenApi, new(12, 5), "file system access\tis not\nallowed", "System.IO.File"), new(ScriptProblemKind.CompileError, new(1, 0), "CS1002: ; expected")];

        Assert.True(cache.TryWriteRefused("k", problems));

        Assert.Equal(problems, cache.TryReadRefused("k")!.Value.ToArray());
        var path = Path.Combine(_folder, "k.refused");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\t0\t", "\t1\t", StringComparison.Ordinal));
        Assert.Null(cache.TryReadRefused("k"));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _folder + ".key", _folder + ".other.key" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        if (Directory.Exists(_folder + ".keys"))
        {
            Directory.Delete(_folder + ".keys", recursive: true);
        }

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
