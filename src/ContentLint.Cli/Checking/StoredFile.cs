using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.Cli.Checking;

/// <summary>
/// A <see cref="FileRecord"/> as written to a shard's facts file (<c>--facts-out</c>) or the cache: the
/// file's findings (messages and their arguments byte for byte, as the rule host sends them), positions
/// and facts. The text is not stored; a file still waiting for the run step stores it with its diagnostics.
/// </summary>
/// <param name="Path">The file's path as displayed.</param>
/// <param name="Config">Its configuration file, as displayed, or null for the defaults.</param>
/// <param name="Hash">The hash of its text, or null when it could not be read.</param>
/// <param name="PostCount">Posts checked.</param>
/// <param name="Skipped">Markdown without post front matter.</param>
/// <param name="Findings">The finished findings, or null when <paramref name="Pending"/>.</param>
/// <param name="Pending">Text and diagnostics of a file finished with the run step, or null.</param>
/// <param name="Facts">What cross-post rules kept of its posts.</param>
internal sealed record StoredFile(string Path, string? Config, string? Hash, int PostCount, bool Skipped, IReadOnlyList<StoredFinding>? Findings, StoredPending? Pending, IReadOnlyList<PostFact> Facts)
{
    /// <summary>True when every part a reader relies on is present and spans are not negative (a file edited by hand or cut short may fail this).</summary>
    public bool IsWellFormed =>
        Path is not null && Facts is not null && Facts.All(f => f is { Rule: not null, File: not null, PostId: not null, At: { Start: >= 0, Length: >= 0 } } && !f.Values.IsDefault)
        && (Findings is not null ? Findings.All(f => f is not null && IsWellFormedWire(f.Diagnostic)) : Pending is { Text: not null, Diagnostics: not null } && Pending.Diagnostics.All(d => IsWellFormedWire(d) && d.Start + d.Length <= Pending.Text.Length));

    private static bool IsWellFormedWire(WireDiagnostic? d) =>
        d is { Rule: not null, Message: not null, Fixes: not null, Start: >= 0, Length: >= 0 }
        && d.Arguments?.All(a => a?.Name is not null) != false
        && d.Fixes.All(f => f is { Title: not null, Edits: not null } && f.Edits.All(e => e is { NewText: not null, Start: >= 0, Length: >= 0 }));

    /// <summary>The stored form of <paramref name="record"/>.</summary>
    public static StoredFile From(FileRecord record, string? config) => record.Result is { } result
        ? new(result.Path, config, record.ContentHash, result.PostCount, result.DocumentSkipped, [.. result.Findings.Select(StoredFinding.From)], null, record.Facts)
        : new(record.Path, config, record.ContentHash, 0, false, null, new StoredPending(record.Pending!.Source.Text, [.. record.Pending.Diagnostics.Select(d => WireCodec.ToWire(d))]), record.Facts);

    /// <summary>The stored form of a result outside the partition (configuration files, rule files, unreadable paths).</summary>
    public static StoredFile From(FileLintResult result) =>
        new(result.Path, null, result.Source is { } source ? ContentHashes.Of(source.Text) : null, result.PostCount, result.DocumentSkipped, [.. result.Findings.Select(StoredFinding.From)], null, []);

    /// <summary>
    /// The record again, checked with <paramref name="config"/>; <paramref name="source"/> is the file's text
    /// when known (the cache has just read it), for excerpts. Null when a finding names a rule the configuration lacks.
    /// </summary>
    public FileRecord? ToRecord(ConfiguredLinter config, string fullPath, SourceDocument? source)
    {
        var catalog = config.Linter.Catalog;
        if (Pending is { } pending)
        {
            var diagnostics = pending.Diagnostics.Select(w => catalog.Find(w.Rule) is { } rule ? WireCodec.FromWire(w, rule) : null).ToList();
            return diagnostics.Contains(null) ? null : FileRecord.Waiting(config, fullPath, new SourceDocument(Path, pending.Text), [.. diagnostics.OfType<Diagnostic>()], [.. Facts], 0, Hash);
        }

        var findings = Findings!.Select(f => f.ToFinding(Path, catalog)).ToList();
        return findings.Contains(null) ? null : new FileRecord(config, fullPath, ToResult([.. findings.OfType<Finding>()], source), null, [.. Facts], 0, Hash);
    }

    /// <summary>The result again (a file outside the partition); null when a finding names an unknown rule.</summary>
    public FileLintResult? ToResult(RuleCatalog catalog, SourceDocument? source)
    {
        var findings = Findings!.Select(f => f.ToFinding(Path, catalog)).ToList();
        return findings.Contains(null) ? null : ToResult([.. findings.OfType<Finding>()], source);
    }

    private FileLintResult ToResult(List<Finding> findings, SourceDocument? source)
    {
        // The text is the one checked (same hash), so spans past its end mean the entry was altered: show no excerpt then.
        var fits = source is not null && findings.All(f => f.Span.End <= source.Text.Length && f.Fixes.All(x => x.Edits.All(e => e.Span.End <= source.Text.Length)));
        return new(Path, findings.Count == 0 || !fits ? null : source, null, [.. findings]) { PostCount = PostCount, DocumentSkipped = Skipped };
    }
}

/// <summary>A finding as stored: the rule host's wire form of its diagnostic, its severity and position.</summary>
/// <param name="Diagnostic">Rule, span, message, arguments, fixes and post.</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Position">Lines and columns of the span.</param>
internal sealed record StoredFinding(WireDiagnostic Diagnostic, Severity Severity, LinePositionSpan Position)
{
    /// <summary>The stored form of <paramref name="finding"/>.</summary>
    public static StoredFinding From(Finding finding) =>
        new(WireCodec.ToWire(new Diagnostic(finding.Rule, finding.Span, finding.Message, finding.Fixes, finding.PostId) { MessageArguments = finding.MessageArguments }), finding.Severity, finding.Position);

    /// <summary>The finding again, on <paramref name="path"/>; null when <paramref name="catalog"/> lacks its rule.</summary>
    public Finding? ToFinding(string path, RuleCatalog catalog)
    {
        if (catalog.Find(Diagnostic.Rule) is not { } rule)
        {
            return null;
        }

        var d = WireCodec.FromWire(Diagnostic, rule);
        return new Finding(rule, Severity, d.Message, path, d.Span, Position, d.Fixes, d.PostId) { MessageArguments = d.MessageArguments };
    }
}

/// <summary>A file finished with the run step: its text and its diagnostics before severities and suppressions.</summary>
/// <param name="Text">The file's text.</param>
/// <param name="Diagnostics">The diagnostics, in wire form.</param>
internal sealed record StoredPending(string Text, IReadOnlyList<WireDiagnostic> Diagnostics);
