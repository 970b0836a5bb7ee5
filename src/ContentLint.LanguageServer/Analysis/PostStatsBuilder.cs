using ContentLint.LanguageServer.Handlers.PostStats;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>Builds <c>contentlint/postStats</c> from an analysis.</summary>
internal static class PostStatsBuilder
{
    /// <summary>The statistics of <paramref name="analysis"/>, with how each channel counts in <paramref name="locale"/>.</summary>
    public static PostStatsParams Build(DocumentAnalysis analysis, string locale)
    {
        var lines = analysis.Snapshot.Lines;
        var posts = analysis.Measures.Select(m => new PostStat(
            m.Post.Id,
            LspConverter.ToRange(lines, m.Span),
            m.Measurement.Channel.Name,
            m.Measurement.Channel.DisplayName,
            m.Measurement.Channel.DisplayNameFr,
            m.Measurement.Count,
            m.Measurement.Limit,
            m.Measurement.Method,
            CountingWords.Describe(m.Measurement.Channel, locale))
        {
            Part = m.Part,
            Variant = m.IsVariant ? true : null,
            Bytes = m.Measurement.Channel.ByteLimit is null ? null : m.Measurement.Bytes,
            ByteLimit = m.Measurement.Channel.ByteLimit,
            OverLimit = m.Measurement.IsOverLimit,
        }).ToList();
        return new PostStatsParams(analysis.Snapshot.Uri, analysis.Snapshot.Version, posts, analysis.Workspace.ConfigPath);
    }
}
