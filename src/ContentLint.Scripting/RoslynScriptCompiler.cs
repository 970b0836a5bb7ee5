using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ContentLint.Core.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using CoreSpan = ContentLint.Core.Documents.TextSpan;

namespace ContentLint.Scripting;

/// <summary>
/// Compiles <c>.csx</c> rules with Roslyn: parse as a script, check the syntax against the sandbox,
/// translate into a sealed class (<see cref="ScriptTranslator"/>), bind it with
/// <see cref="CSharpCompilation"/>, check every symbol and operation against the sandbox, instrument
/// it with checkpoints and regex timeouts, and emit it with an embedded PDB. Never uses the Roslyn
/// scripting API (whose submissions are never unloaded). Thread-safe.
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
        var script = CSharpSyntaxTree.ParseText(request.Text, ScriptOptions, request.Path);
        var root = (CompilationUnitSyntax)script.GetRoot();
        var syntaxErrors = script.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => CompileError(d, new CoreSpan(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
        var forbidden = SyntaxSandbox.Check(root);
        if (forbidden.Count > 0 || syntaxErrors.Count > 0)
        {
            return Failed([.. forbidden.OrderBy(p => p.Span.Start), .. syntaxErrors]);
        }

        var generated = ScriptTranslator.Translate(root, request.Text, request.Path, request.Level);
        var tree = CSharpSyntaxTree.ParseText(generated.Text, ClassOptions, request.Path + ".g.cs", Encoding.UTF8);
        var compilation = CSharpCompilation.Create(request.AssemblyName, [GlobalUsings, tree], ScriptReferences.All, CompilationOptions);
        var model = compilation.GetSemanticModel(tree);
        var rules = new SymbolRules(request.Policy, compilation.Assembly);
        var violations = new SemanticSandbox(model, generated, rules).Check().ToList();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => CompileError(d, generated.ToScript(d.Location.SourceSpan)))
            .Where(e => !violations.Any(v => SameLine(request.Text, v.Span, e.Span)))
            .ToList();
        if (violations.Count > 0 || errors.Count > 0)
        {
            return Failed([.. violations, .. errors]);
        }

        var instrumented = new CheckpointRewriter(model).Visit(tree.GetRoot());
        var final = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.Create((CSharpSyntaxNode)instrumented, ClassOptions, tree.FilePath, Encoding.UTF8));
        using var image = new MemoryStream();
        var emitted = final.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!emitted.Success)
        {
            var problems = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => new ScriptProblem(ScriptProblemKind.CompileError, default, "instrumenting the script failed (please report it): " + d.GetMessage(CultureInfo.InvariantCulture)));
            return Failed([.. problems]);
        }

        return new ScriptCompileResult(image.ToArray(), []);
    }

    private static ScriptCompileResult Failed(ImmutableArray<ScriptProblem> problems) => new(null, problems);

    private static ScriptProblem CompileError(Diagnostic diagnostic, CoreSpan span) =>
        new(ScriptProblemKind.CompileError, span, $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");

    private static bool SameLine(string text, CoreSpan a, CoreSpan b)
    {
        static int LineOf(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n');
        return LineOf(text, a.Start) == LineOf(text, b.Start);
    }
}
