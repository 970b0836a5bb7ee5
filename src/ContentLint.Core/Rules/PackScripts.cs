using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Scripting;

namespace ContentLint.Core.Rules;

/// <summary>
/// The script rules (<c>.csx</c>) of the default pack, run as trusted code (no budget, like compiled
/// rules). Interim loading: compiled through the script cache on first use. A pack script that does
/// not load is a build defect, so it fails loudly rather than dropping a rule.
/// </summary>
internal static class PackScripts
{
    private static readonly Lazy<ScriptLoader> Loader = new(() => new ScriptLoader());

    private static readonly Lazy<ImmutableArray<(SourceDocument Source, ScriptHeader Header)>> Headers = new(ReadHeaders);

    /// <summary>New rules for every pack script: per-post ones and run-level ones.</summary>
    public static (ImmutableArray<PostRule> Posts, ImmutableArray<BatchRule> Batches) Create()
    {
        var posts = ImmutableArray.CreateBuilder<PostRule>();
        var batches = ImmutableArray.CreateBuilder<BatchRule>();
        var limits = new ScriptConfiguration();
        foreach (var (source, header) in Headers.Value)
        {
            var loaded = Loader.Value.Load(source, header.Level);
            if (loaded.Script is not { } script)
            {
                throw new InvalidOperationException($"The default rule pack script {source.Path} does not compile: {string.Join("; ", loaded.Problems.Select(p => $"{p.Span}: {p.Message}"))}");
            }

            if (header.Level == ScriptLevel.Run)
            {
                batches.Add(new ScriptBatchRule(script, header, limits, trusted: true));
            }
            else
            {
                posts.Add(new ScriptPostRule(script, header, limits, trusted: true));
            }
        }

        return (posts.ToImmutable(), batches.ToImmutable());
    }

    /// <summary>The headers of the pack's scripts with their embedded paths (no compilation).</summary>
    public static IEnumerable<(string Path, ScriptHeader Header)> All => Headers.Value.Select(h => (h.Source.Path, h.Header));

    private static ImmutableArray<(SourceDocument, ScriptHeader)> ReadHeaders()
    {
        var result = ImmutableArray.CreateBuilder<(SourceDocument, ScriptHeader)>();
        foreach (var name in DefaultRulePack.FileNames.Where(n => n.EndsWith(".csx", StringComparison.Ordinal)))
        {
            var source = new SourceDocument(name, DefaultRulePack.ReadFile(name));
            var header = ScriptHeaderReader.Read(source);
            if (header.Header is not { } metadata)
            {
                throw new InvalidOperationException($"The default rule pack script {name} has an invalid header: {string.Join("; ", header.Diagnostics.Select(d => d.Message))}");
            }

            result.Add((source, metadata));
        }

        return result.ToImmutable();
    }
}
