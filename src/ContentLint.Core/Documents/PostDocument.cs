using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Documents;

/// <summary>A parsed content file: its posts, its suppression comments and what parsing reported.</summary>
/// <param name="Source">The file.</param>
/// <param name="Kind">Its format.</param>
/// <param name="Posts">Posts found (none for a Markdown file that is not a post).</param>
/// <param name="Suppressions">Inline suppression comments.</param>
/// <param name="Diagnostics">Parse and field-validation diagnostics (CL0xxx).</param>
public sealed record PostDocument(
    SourceDocument Source,
    DocumentKind Kind,
    ImmutableArray<Post> Posts,
    ImmutableArray<SuppressionComment> Suppressions,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the file is a Markdown file without post front matter (a README): nothing to check.</summary>
    public bool IsSkipped => Kind == DocumentKind.MarkdownPost && Posts.IsEmpty && Diagnostics.IsEmpty;
}
