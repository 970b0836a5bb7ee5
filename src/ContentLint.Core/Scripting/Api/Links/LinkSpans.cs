using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>
/// The links of a text (URLs as platforms recognise them), and any other spans a rule sets aside,
/// answering "does this match touch one of them" in O(log n): digits in a link are IDs, not contacts.
/// </summary>
public sealed class LinkSpans
{
    private readonly SpanIndex _index;

    private LinkSpans(IEnumerable<TextSpan> spans) => _index = new SpanIndex(spans);

    /// <summary>The links of <paramref name="text"/>.</summary>
    public static LinkSpans Of(string text) => Of(text, []);

    /// <summary>The links of <paramref name="text"/> and the spans of <paramref name="alsoTaken"/>.</summary>
    public static LinkSpans Of(string text, IEnumerable<TextSpan> alsoTaken) =>
        new(EntityExtractor.Extract(text, CountingMethod.Graphemes, EntityKind.Url).Concat(alsoTaken));

    /// <summary>True when <paramref name="span"/> overlaps a link or a set-aside span.</summary>
    public bool Overlaps(TextSpan span) => _index.Overlaps(span);
}
