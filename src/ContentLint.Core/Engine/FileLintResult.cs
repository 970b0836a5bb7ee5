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
    // Counted from the document when the result is made, so that a result without its document (see
    // ForReport) still says how many posts it checked; set when a result is read back (shards, cache).

    /// <summary>Number of posts checked in the file.</summary>
    public int PostCount { get; init; } = Document?.Posts.Length ?? 0;

    /// <summary>True when the file was Markdown without post front matter.</summary>
    public bool DocumentSkipped { get; init; } = Document?.IsSkipped == true;

    /// <summary>True when the file is Markdown without post front matter (nothing checked, nothing reported).</summary>
    public bool IsSkipped => DocumentSkipped && Findings.IsEmpty;

    /// <summary>
    /// This result as a report keeps it: without the parsed document (a batch of files would otherwise
    /// keep every post to the end), and without the text when nothing was found (excerpts and fix
    /// positions are read from it only for findings). <see cref="PostCount"/> and <see cref="IsSkipped"/> stay.
    /// </summary>
    public FileLintResult ForReport() => this with { Document = null, Source = Findings.IsEmpty ? null : Source };
}
