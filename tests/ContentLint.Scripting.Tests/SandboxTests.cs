using ContentLint.Core.Scripting;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>Escape attempts: each is refused at compile time, at the line and column of the offending code, naming it.</summary>
public sealed class SandboxTests
{
    // Each case: the offending line (placed on line 8 of the file, after the 7-line header), the
    // 1-based column where the finding must start, and a fragment of the symbol it must name.
    public static TheoryData<string, int, string> Escapes => new()
    {
        { "var s = System.IO.File.ReadAllText(\"/etc/passwd\");", 24, "System.IO.File.ReadAllText" },
        { "System.Diagnostics.Process.Start(\"sh\");", 28, "System.Diagnostics.Process.Start" },
        { "var home = Environment.GetEnvironmentVariable(\"HOME\");", 24, "System.Environment.GetEnvironmentVariable" },
        { "var asm = typeof(string).Assembly;", 26, "System.Type.Assembly" },
        { "var t = Type.GetType(\"System.IO.File\");", 14, "System.Type.GetType" },
        { "var o = Activator.CreateInstance<StringBuilder>();", 19, "System.Activator.CreateInstance" },
        { "dynamic d = 1; d.Foo();", 1, "dynamic" },
        { "unsafe { }", 1, "unsafe" },
        { "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();", 1, "DllImport" },
        { "static int F(delegate*<int> p) => 0;", 14, "delegate*" },
        { "var x = System.Runtime.CompilerServices.Unsafe.As<string>(new object());", 48, "System.Runtime.CompilerServices.Unsafe.As" },
        { "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);", 48, "System.Runtime.InteropServices.Marshal.AllocHGlobal" },
        { "var th = new System.Threading.Thread(() => { });", 10, "System.Threading.Thread" },
        { "System.Threading.Tasks.Task.Run(() => { });", 29, "System.Threading.Tasks.Task.Run" },
        { "System.Threading.Tasks.Parallel.For(0, 10, i => { });", 33, "System.Threading.Tasks.Parallel.For" },
        { "GC.Collect();", 4, "System.GC.Collect" },
        { "var d = AppDomain.CurrentDomain;", 19, "System.AppDomain.CurrentDomain" },
        { "goto end; end: ;", 1, "goto" },
        { "var c = new System.Net.Http.HttpClient();", 9, "System.Net.Http.HttpClient" },
        { "var s = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);", 69, "System.Net.Sockets.Socket" },
        { "var list = new List<System.IO.FileInfo>();", 12, "System.IO.FileInfo" },
        { "var f = new System.IO.FileInfo(\"x\"); ", 9, "System.IO.FileInfo" },
        { "var big = new[] { 1 }.AsParallel().Sum();", 23, "System.Linq.ParallelEnumerable.AsParallel" },
        { "var n = global::System.IO.File.Exists(\"x\");", 32, "System.IO.File.Exists" },
        { "var f = default(System.IO.FileInfo);", 27, "System.IO.FileInfo" },
        { "Func<string, string> read = System.IO.File.ReadAllText;", 44, "System.IO.File.ReadAllText" },
        { "Action a = () => Console.WriteLine(\"hi\");", 26, "System.Console.WriteLine" },
        { "var m = \"x\".GetType();", 13, "System.Object.GetType" },
        { "Func<int> f = () => 1; var mi = f.Method;", 35, "System.Delegate.Method" },
        { "lock (Text) { }", 1, "lock" },
        { "var e = Environment.ProcessorCount > 1 ? 1 : 0;", 21, "System.Environment.ProcessorCount" },
        { "var q = new[] { 1 }.AsQueryable();", 21, "System.Linq.Queryable.AsQueryable" },
        { "CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;", 1, "System.Globalization.CultureInfo.CurrentCulture" },
        { "static int counter;", 1, "static counter" },
        { "int* p = null;", 1, "int*" },
        { "Span<int> s = stackalloc int[4];", 15, "stackalloc" },
        { "class Evil : Regex { }", 7, "System.Text.RegularExpressions.Regex" },
        { "var w = new System.IO.StreamWriter(\"out.txt\");", 9, "System.IO.StreamWriter" },
        { "System.Linq.Expressions.Expression<Func<int>> e = () => 1;", 25, "System.Linq.Expressions.Expression" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Escape_attempts_are_refused_at_their_position(string line, int column, string symbol)
    {
        var text = ScriptHarness.Script(line);

        var result = ScriptHarness.Compile(text);

        Assert.Null(result.Assembly);
        var problem = result.Problems[0];
        Assert.True(problem.Kind == ScriptProblemKind.ForbiddenApi, $"expected a sandbox finding, got {problem}");
        Assert.Contains(symbol, problem.Symbol, StringComparison.Ordinal);
        Assert.Equal((8, column), Position(text, problem.Span.Start));
    }

    [Theory]
    [InlineData("using X = System.IO.File;\nvar s = X.ReadAllText(\"a\");", 1, "System.IO.File")]
    [InlineData("using static System.IO.File;\nvar s = ReadAllText(\"a\");", 1, "System.IO.File")]
    [InlineData("#r \"System.IO.dll\"\nvar x = 1;", 1, "#r")]
    [InlineData("#load \"other.csx\"\nvar x = 1;", 1, "#load")]
    public void Aliases_static_usings_and_directives_are_refused(string body, int column, string symbol)
    {
        var text = ScriptHarness.Script(body);

        var result = ScriptHarness.Compile(text);

        Assert.Null(result.Assembly);
        var problem = Assert.Single(result.Problems.Where(p => p.Kind == ScriptProblemKind.ForbiddenApi).Take(1));
        Assert.Contains(symbol, problem.Symbol, StringComparison.Ordinal);
        Assert.Equal(8, Position(text, problem.Span.Start).Line);
        Assert.True(Position(text, problem.Span.Start).Column >= column);
    }

    [Fact]
    public void Forbidden_code_inside_lambdas_local_functions_and_members_is_found()
    {
        var text = ScriptHarness.Script("""
            static string Helper() => System.IO.Path.GetTempPath();
            int Local() { return Environment.TickCount; }
            var xs = new[] { 1 }.Select(x => System.IO.Directory.Exists("a") ? x : 0);
            """);

        var result = ScriptHarness.Compile(text);

        Assert.Equal([8, 9, 10], result.Problems.Select(p => Position(text, p.Span.Start).Line));
    }

    [Fact]
    public void A_compile_error_points_at_the_script()
    {
        var text = ScriptHarness.Script("var x = 1;\nvar y = x +;\n");

        var result = ScriptHarness.Compile(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ScriptProblemKind.CompileError, problem.Kind);
        Assert.StartsWith("CS1525", problem.Message, StringComparison.Ordinal);
        Assert.Equal((9, 12), Position(text, problem.Span.Start));
    }

    [Fact]
    public void A_semantic_error_maps_back_through_the_translation()
    {
        var text = ScriptHarness.Script("static readonly int Max = 3;\nvar words = Tokens.Words;\n  int n = words.Lenght;\n");

        var result = ScriptHarness.Compile(text);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("CS1061", problem.Message, StringComparison.Ordinal);
        Assert.Equal((10, 17), Position(text, problem.Span.Start));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
