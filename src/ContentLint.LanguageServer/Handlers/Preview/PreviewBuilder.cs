using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Handlers.PostStats;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers.Preview;

/// <summary>Builds <c>contentlint/preview</c> from an analysis: one post, every channel it is published on.</summary>
internal static class PreviewBuilder
{
    /// <summary>The preview of the post at <paramref name="offset"/> (else the nearest one), or null when the document has none.</summary>
    public static PostPreview? Build(DocumentAnalysis analysis, int offset, string locale)
    {
        if (PostAt(analysis.Measures, offset) is not { } post)
        {
            return null;
        }

        var findings = analysis.Result?.Findings ?? [];
        var channels = analysis.Measures
            .Where(m => ReferenceEquals(m.Post, post))
            .GroupBy(m => (m.Measurement.Channel.Name, m.IsVariant))
            .Select(g => Channel([.. g], findings, locale))
            .ToList();
        return new PostPreview(analysis.Snapshot.Uri, analysis.Snapshot.Version, post.Id, channels);
    }

    /// <summary>The post whose span holds <paramref name="offset"/>; else the one whose text is nearest.</summary>
    private static Post? PostAt(IReadOnlyList<PostMeasure> measures, int offset) =>
        measures.FirstOrDefault(m => m.Post.Span.Contains(offset) || m.Post.Span.End == offset)?.Post
        ?? measures.MinBy(m => Distance(m.Span, offset))?.Post;

    private static int Distance(TextSpan span, int offset) =>
        offset < span.Start ? span.Start - offset : offset > span.End ? offset - span.End : 0;

    private static ChannelPreview Channel(IReadOnlyList<PostMeasure> measures, IEnumerable<Finding> findings, string locale)
    {
        var channel = measures[0].Measurement.Channel;
        var parts = measures.Select(m => Part(m, findings, locale)).ToList();
        return new ChannelPreview(channel.Name, channel.DisplayName, channel.DisplayNameFr, channel.Limit, channel.Fold, measures[0].IsVariant, CountingWords.Describe(channel, locale), parts);
    }

    private static PartPreview Part(PostMeasure measure, IEnumerable<Finding> findings, string locale)
    {
        var channel = measure.Measurement.Channel;
        var text = measure.Text.Text;
        int? foldAt = channel.Fold is { } fold && channel.Counter.OffsetOfFirstOverflow(text, fold) is var cut and >= 0 ? cut : null;
        var spans = new List<PreviewSpan>();
        foreach (var entity in EntityExtractor.Extract(text, channel.Counter.Method))
        {
            var (start, end) = (entity.Span.Start, entity.Span.End);
            spans.Add(entity.Kind switch
            {
                EntityKind.Url => new PreviewSpan("link", start, end) { Display = LinkDisplay.For(channel, text[start..end]) },
                EntityKind.Hashtag => new PreviewSpan("hashtag", start, end),
                _ => new PreviewSpan("mention", start, end),
            });
        }

        foreach (var finding in findings)
        {
            if (TextSpanOf(measure.Text.Map, finding.Span) is { } span)
            {
                spans.Add(new PreviewSpan("finding", span.Start, span.End)
                {
                    Message = finding.MessageIn(locale),
                    Severity = finding.Severity.ToName(),
                    Code = finding.RuleId,
                });
            }
        }

        return new PartPreview(measure.Part, text, measure.Measurement.Count, measure.Measurement.IsOverLimit, foldAt,
            [.. spans.OrderBy(s => s.Start).ThenBy(s => s.Kind, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Where a finding's source span falls in the published text: the text covered by the map runs it
    /// overlaps (a verbatim run offset by offset, a rewritten one — an entity, Markdown syntax — whole);
    /// null when it lies outside the text (front matter, another part).
    /// </summary>
    private static TextSpan? TextSpanOf(SourceMap map, TextSpan source)
    {
        int? start = null;
        var end = 0;
        foreach (var run in map.Runs)
        {
            var runSource = new TextSpan(run.SourceStart, run.SourceLength);
            var touches = runSource.OverlapsWith(source) || (source.IsEmpty && source.Start >= run.SourceStart && source.Start < run.SourceEnd);
            if (!touches)
            {
                continue;
            }

            var from = run.IsVerbatim ? run.TextStart + Math.Max(0, source.Start - run.SourceStart) : run.TextStart;
            var to = run.IsVerbatim ? run.TextStart + Math.Min(run.TextLength, source.End - run.SourceStart) : run.TextStart + run.TextLength;
            start = Math.Min(start ?? from, from);
            end = Math.Max(end, Math.Max(to, from));
        }

        return start is { } s ? TextSpan.FromBounds(s, Math.Max(end, s)) : null;
    }
}
