using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Engine;

/// <summary>The result of checking one file: what was parsed and what was found, sorted by position.</summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="Source">The file's text when it could be decoded (for excerpts and fixes), else null.</param>
/// <param name="Document">The parsed file, or null when it could not be read or decoded.</param>
/// <param name="Findings">Findings sorted by position, then rule ID.</param>
public sealed record FileLintResult(string Path, SourceDocument? Source, PostDocument? Document, ImmutableArray<Finding> Findings)
{
    /// <summary>Number of posts checked in the file.</summary>
    public int PostCount => Document?.Posts.Length ?? 0;

    /// <summary>True when the file is Markdown without post front matter (nothing checked, nothing reported).</summary>
    public bool IsSkipped => Document?.IsSkipped == true && Findings.IsEmpty;
}
