using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Scripting.Api.Typography;

/// <summary>
/// The no-break space a typography fix writes (<c>typography.nbsp</c>): <c>narrow</c> U+202F,
/// <c>regular</c> U+00A0, or <c>auto</c> — U+00A0 when the text is published on X (where U+202F
/// weighs 2, see docs/channels.md), including a text shared by X and other channels, else U+202F.
/// </summary>
public static class NoBreakSpaces
{
    /// <summary>U+202F, the narrow no-break space of French typography.</summary>
    public const string Narrow = "\u202F";

    /// <summary>U+00A0, the no-break space.</summary>
    public const string Regular = "\u00A0";

    /// <summary>The space to write in <paramref name="text"/> of <paramref name="post"/>, as <paramref name="policy"/>'s <c>typography.nbsp</c> says.</summary>
    public static string For(ContentPolicy policy, ChannelCatalog channels, Post post, MappedText text) => policy.NoBreakSpace switch
    {
        "narrow" => Narrow,
        "regular" => Regular,
        _ => PublishedOnX(channels, post, text) ? Regular : Narrow,
    };

    /// <summary>True for a space that does not break a line (the two above, and the figure space).</summary>
    public static bool IsNoBreak(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    /// <summary>True for a space that may break a line, other than a line break.</summary>
    public static bool IsBreaking(char c) => c is ' ' or '\t' or (>= '\u2000' and <= '\u200A' and not '\u2007') or '\u205F' or '\u3000';

    /// <summary>True for any space on one line.</summary>
    public static bool IsSpace(char c) => IsNoBreak(c) || IsBreaking(c);

    private static bool PublishedOnX(ChannelCatalog channels, Post post, MappedText text) =>
        post.Renditions.Any(r => r.Parts.Any(p => ReferenceEquals(p, text))
            && channels.Find(r.Channel.Value)?.Counter.Method == CountingMethod.XWeighted);
}
