using System.Collections.Concurrent;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: banned-words</c>: the <c>bannedWords</c> of the post's persona, whole words in any case and
/// accents, singular or plural, in prose and hashtags (a hashtag is read); not in links, mentions or
/// code. Placeholders: <c>{match}</c>, <c>{word}</c> (as configured), <c>{persona}</c>.
/// </summary>
public sealed class BannedWordsCheck : IBuiltInCheck
{
    private static readonly PolicyCache<ConcurrentDictionary<string, BannedWords>> Matchers = new(_ => new(StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public string Name => "banned-words";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        if (context.Post.Persona?.Value is not { } name || !policy.Personas.TryGetValue(name, out var persona) || persona.BannedWords.IsEmpty)
        {
            return;
        }

        var matcher = Matchers.Get(policy).GetOrAdd(persona.Name, _ => new BannedWords(persona.BannedWords));
        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            foreach (var (span, configured) in matcher.Find(text))
            {
                if (!IsLinkOrMention(prose, span))
                {
                    context.Report(text, span, null, ("match", text.Text.Substring(span.Start, span.Length)), ("word", configured), ("persona", persona.Name));
                }
            }
        }
    }

    /// <summary>True inside a link or a mention (hashtags are read, so a banned word there counts).</summary>
    private static bool IsLinkOrMention(ProseText prose, Documents.TextSpan span) =>
        prose.IsProtected(span) && !prose.IsInHashtag(span);
}
