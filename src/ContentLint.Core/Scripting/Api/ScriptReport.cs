using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>A report made by a script, kept until the script finishes the post within its budget.</summary>
internal sealed record ScriptReport(MappedText Text, TextSpan Span, string? Message, TextReplacement? Fix, (string Name, object? Value)[] Args);
