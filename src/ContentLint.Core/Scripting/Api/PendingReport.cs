using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// A report made by a post- or run-level script, kept until the script finishes within its budget:
/// at a span of one of the post's texts (<paramref name="Text"/> set) or at a source span.
/// </summary>
internal sealed record PendingReport(
    PostDocument Document,
    Post Post,
    MappedText? Text,
    TextSpan Span,
    string? Message,
    TextReplacement? TextFix,
    CodeFix? SourceFix,
    (string Name, object? Value)[] Args);
