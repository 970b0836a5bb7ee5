using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Checking;

/// <summary>
/// What <c>check</c> keeps of one file once its post rules ran: its result, finished but for the findings
/// of cross-post rules, and the facts those rules kept of its posts. A file whose result could still
/// change otherwise — its suppression comments might silence a cross-post finding (or stop being unused),
/// it was fixed, or a cross-post rule needs every parsed file — keeps its text and diagnostics instead
/// (<see cref="Pending"/>), to be finished with the rest. No parsed document is kept.
/// </summary>
/// <param name="Config">The configuration the file was checked with.</param>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Result">The finished result, or null when <see cref="Pending"/>.</param>
/// <param name="Pending">The file's text and diagnostics before severities and suppressions, or null.</param>
/// <param name="Facts">What cross-post rules kept of its posts.</param>
/// <param name="Fixes">Fixes written to the file (<c>--fix</c>).</param>
/// <param name="ContentHash">The hash of the file's text (<see cref="ContentHashes"/>), or null when it could not be read.</param>
internal sealed record FileRecord(ConfiguredLinter Config, string FullPath, FileLintResult? Result, FileAnalysis? Pending, ImmutableArray<PostFact> Facts, int Fixes, string? ContentHash)
{
    /// <summary>The file's path as displayed.</summary>
    public string Path => Result?.Path ?? Pending!.Source.Path;

    /// <summary>A file finished now: nothing a cross-post rule reports can change what it found.</summary>
    public static FileRecord Finished(ConfiguredLinter config, string fullPath, FileLintResult result, ImmutableArray<PostFact> facts, int fixes, string? hash) =>
        new(config, fullPath, result.ForReport(), null, facts, fixes, hash);

    /// <summary>A file finished with the run step: its text and diagnostics, without the parsed document.</summary>
    public static FileRecord Waiting(ConfiguredLinter config, string fullPath, SourceDocument source, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<PostFact> facts, int fixes, string? hash) =>
        new(config, fullPath, null, new FileAnalysis(source, null, diagnostics), facts, fixes, hash);
}
