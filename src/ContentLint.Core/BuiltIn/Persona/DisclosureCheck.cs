using ContentLint.Core.Scripting.Api.Channels;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: missing-disclosure</c>: a promotional post (declared <c>promo</c>, or read as promotional) by a
/// persona whose <c>kind</c> is in <c>disclosure.kinds</c> carries one of <c>disclosure.markers</c>, visible
/// before the channel's "see more" fold (anywhere on channels that do not fold). One finding per channel.
/// Placeholders: <c>{persona}</c>, <c>{kind}</c>, <c>{where}</c>, <c>{markers}</c>.
/// </summary>
public sealed class DisclosureCheck : IBuiltInCheck
{
    private const int MaxListed = 3;
    private static readonly PolicyCache<TermMatcher> Matchers = new(p => new TermMatcher(p.DisclosureMarkers));

    /// <inheritdoc />
    public string Name => "missing-disclosure";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        var policy = context.Configuration.Policy;
        if (post.Persona is not { } name || !policy.Personas.TryGetValue(name.Value, out var persona)
            || !policy.DisclosureKinds.Contains(persona.Kind, StringComparer.OrdinalIgnoreCase) || policy.DisclosureMarkers.IsEmpty
            || !(post.Type?.Value == PostType.Promo || PostReadings.Of(context).Verdict == PostType.Promo))
        {
            return;
        }

        var matcher = Matchers.Get(policy);
        var french = post.Lang?.Value.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context.Post, context.Channels))
        {
            if (rendition.Parts.IsEmpty)
            {
                continue;
            }

            var first = rendition.Parts[0];
            var foldAt = channel.Fold is { } fold ? channel.Counter.OffsetOfFirstOverflow(first.Text, fold) : -1;
            var found = rendition.Parts.SelectMany((part, index) => matcher.Matches(part.Text).Where(m => !part.IsInCode(m.Span)).Select(m => (Index: index, m.Span))).ToList();
            if (found.Any(f => foldAt < 0 || (f.Index == 0 && f.Span.End <= foldAt)))
            {
                continue;
            }

            var where = Where(channel, rendition);
            var hidden = found.Where(f => f.Index == 0).Select(f => (TextSpan?)f.Span).FirstOrDefault();
            if (hidden is { } marker)
            {
                // Present but folded away: point at it, the fix is to move it up.
                where += $" ('{first.Text.Substring(marker.Start, marker.Length)}' comes after it)";
                context.Report(first, marker, null, ("persona", persona.Name), ("kind", persona.Kind), ("where", where), ("markers", Listed(policy, french)));
                continue;
            }

            var line = FirstLine(first.Text);
            var insert = Preferred(policy, french);
            var fix = new TextReplacement(new TextSpan(line.Start, 0), insert.StartsWith('#') ? insert + " " : insert + " – ", $"Start with '{insert}'");
            context.Report(first, line, fix, ("persona", persona.Name), ("kind", persona.Kind), ("where", where), ("markers", Listed(policy, french)));
        }
    }

    private static string Where(ChannelDefinition channel, PostRendition rendition) =>
        channel.Fold is { } fold
            ? $"before the \"see more\" fold on {ChannelTexts.Describe(channel, rendition)} (the first {fold} characters)"
            : $"on {ChannelTexts.Describe(channel, rendition)}";

    /// <summary>Markers in the order a writer of that language would pick: French wording first in French, hashtags first otherwise.</summary>
    private static IEnumerable<string> Ordered(ContentPolicy policy, bool french) =>
        policy.DisclosureMarkers.OrderBy(m => m.StartsWith('#') == french ? 1 : 0);

    private static string Preferred(ContentPolicy policy, bool french) => Ordered(policy, french).First();

    private static string Listed(ContentPolicy policy, bool french)
    {
        var markers = Ordered(policy, french).ToList();
        var listed = string.Join(", ", markers.Take(MaxListed).Select(m => $"'{m}'"));
        return markers.Count > MaxListed ? $"one of {listed}…" : markers.Count > 1 ? $"one of {listed}" : listed;
    }

    private static TextSpan FirstLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.AsSpan(start).IndexOfAny('\r', '\n') is var n and >= 0 ? start + n : text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
