using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ContentLint.Core.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using CoreSpan = ContentLint.Core.Text.TextSpan;

namespace ContentLint.Scripting;

/// <summary>
/// Compiles <c>.csx</c> rules with Roslyn: parse as a script, check the syntax against the sandbox,
/// translate into a sealed class (<see cref="ScriptTranslator"/>), bind it with
/// <see cref="CSharpCompilation"/>, check every symbol and operation against the sandbox, instrument
/// it with checkpoints and regex timeouts, and emit it with an embedded PDB. Never uses the Roslyn
/// scripting API (whose submissions are never unloaded). Thread-safe. A user's script is one
/// assembly (<see cref="Compile"/>); the shipped pack is all its scripts in one (<see cref="CompilePack"/>).
/// </summary>
public sealed class RoslynScriptCompiler : IScriptCompiler
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private static readonly CSharpParseOptions ClassOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Regular);
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(ScriptTranslator.GlobalUsings, ClassOptions, "GlobalUsings.g.cs", Encoding.UTF8);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        concurrentBuild: false);

    /// <inheritdoc />
    public ScriptCompileResult Compile(ScriptCompileRequest request)
    {
        var result = CompileMany([new Source(request.Path, request.Text, ScriptCompileRequest.TypeName, request.Level)], request.AssemblyName, request.Policy, instrument: true, []);
        return new ScriptCompileResult(result.Assembly, [.. result.Problems.Select(p => p.Problem)]);
    }

    /// <summary>
    /// Compiles the shipped pack's scripts into one assembly: one class per rule,
    /// <c>ContentLint.Scripts.Pack.{ID}</c>, and a <see cref="ShippedScriptAttribute"/> per rule with
    /// the SHA-256 of its source. Every script passes the same sandbox checks as a user's (an ejected
    /// copy must compile as one); <paramref name="request"/> says whether to add the checkpoints.
    /// </summary>
    public PackCompileResult CompilePack(PackCompileRequest request)
    {
        var sources = request.Scripts.Select(s => new Source(s.Path, s.Text, PackCompileRequest.TypeNameOf(s.RuleId), s.Level)).ToList();
        var manifest = new StringBuilder($"[assembly: global::ContentLint.Core.Scripting.ShippedPack({(request.Sandboxed ? "true" : "false")})]\n");
        foreach (var script in request.Scripts)
        {
            manifest.Append(CultureInfo.InvariantCulture, $"[assembly: global::ContentLint.Core.Scripting.ShippedScript(\"{script.RuleId}\", \"{PackCompileRequest.TypeNameOf(script.RuleId)}\", \"{ShippedScriptAttribute.HashOf(script.Text)}\")]\n");
        }

        var manifestTree = CSharpSyntaxTree.ParseText(manifest.ToString(), ClassOptions, "PackManifest.g.cs", Encoding.UTF8);
        return CompileMany(sources, request.AssemblyName, SandboxPolicy.Default, request.Sandboxed, [manifestTree]);
    }

    private static PackCompileResult CompileMany(IReadOnlyList<Source> sources, string assemblyName, SandboxPolicy policy, bool instrument, IEnumerable<SyntaxTree> extraTrees)
    {
        var problems = new List<(string, ScriptProblem)>();
        var translated = new List<(Source Source, GeneratedSource Generated, SyntaxTree Tree)>();
        foreach (var source in sources)
        {
            var script = CSharpSyntaxTree.ParseText(source.Text, ScriptOptions, source.Path);
            var root = (CompilationUnitSyntax)script.GetRoot();
            var syntaxErrors = script.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => CompileError(d, new CoreSpan(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
            var forbidden = SyntaxSandbox.Check(root);
            if (forbidden.Count > 0 || syntaxErrors.Count > 0)
            {
                problems.AddRange(forbidden.OrderBy(p => p.Span.Start).Concat(syntaxErrors).Select(p => (source.Path, p)));
                continue;
            }

            var generated = ScriptTranslator.Translate(root, source.Text, source.Path, source.TypeName, source.Level);
            translated.Add((source, generated, CSharpSyntaxTree.ParseText(generated.Text, ClassOptions, source.Path + ".g.cs", Encoding.UTF8)));
        }

        if (problems.Count > 0)
        {
            return new PackCompileResult(null, [.. problems]);
        }

        var compilation = CSharpCompilation.Create(assemblyName, [GlobalUsings, .. translated.Select(t => t.Tree), .. extraTrees], ScriptReferences.All, CompilationOptions);
        var rules = new SymbolRules(policy, compilation.Assembly);
        var allErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var (source, generated, tree) in translated)
        {
            var violations = new SemanticSandbox(compilation.GetSemanticModel(tree), generated, rules).Check().ToList();
            // Errors outside any script's tree (scaffolding) are charged to the first script, as with one script.
            var errors = allErrors.Where(d => d.Location.SourceTree == tree || (source == translated[0].Source && !translated.Any(t => t.Tree == d.Location.SourceTree)))
                .Select(d => CompileError(d, generated.ToScript(d.Location.SourceSpan)))
                .Where(e => !violations.Any(v => SameLine(source.Text, v.Span, e.Span)));
            problems.AddRange(violations.Concat(errors).Select(p => (source.Path, p)));
        }

        if (problems.Count > 0)
        {
            return new PackCompileResult(null, [.. problems]);
        }

        var final = compilation;
        foreach (var (_, _, tree) in instrument ? translated : [])
        {
            var instrumented = new CheckpointRewriter(compilation.GetSemanticModel(tree)).Visit(tree.GetRoot());
            final = final.ReplaceSyntaxTree(tree, CSharpSyntaxTree.Create((CSharpSyntaxNode)instrumented, ClassOptions, tree.FilePath, Encoding.UTF8));
        }

        using var image = new MemoryStream();
        var emitted = final.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!emitted.Success)
        {
            var failures = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => (d.Location.SourceTree?.FilePath ?? assemblyName, new ScriptProblem(ScriptProblemKind.CompileError, default, "instrumenting the script failed (please report it): " + d.GetMessage(CultureInfo.InvariantCulture))));
            return new PackCompileResult(null, [.. failures]);
        }

        return new PackCompileResult(image.ToArray(), []);
    }

    private static ScriptProblem CompileError(Diagnostic diagnostic, CoreSpan span) =>
        new(ScriptProblemKind.CompileError, span, $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");

    private static bool SameLine(string text, CoreSpan a, CoreSpan b)
    {
        static int LineOf(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n');
        return LineOf(text, a.Start) == LineOf(text, b.Start);
    }

    private sealed record Source(string Path, string Text, string TypeName, ScriptLevel Level);
}
