using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting;

/// <summary>One reason a script was refused, at a span of the <c>.csx</c> file.</summary>
/// <param name="Kind">Compile error or forbidden API.</param>
/// <param name="Span">Where, in the script file.</param>
/// <param name="Message">For compile errors, the compiler's message with its code; for forbidden APIs, the reason.</param>
/// <param name="Symbol">For forbidden APIs, the symbol or construct used (e.g. <c>System.IO.File.ReadAllText</c>, <c>goto</c>).</param>
public sealed record ScriptProblem(ScriptProblemKind Kind, TextSpan Span, string Message, string? Symbol = null);
