using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>A persona's banned words, each with its plural forms, matched in one pass; reports the word as configured.</summary>
public sealed class BannedWords
{
    private static readonly ConditionalWeakTable<ContentPolicy, ConcurrentDictionary<string, BannedWords>> Shared = [];
    private readonly List<string> _configured = [];
    private readonly TermMatcher _matcher;

    /// <summary>The matcher of <paramref name="persona"/>'s <c>bannedWords</c>, built once per configuration and persona.</summary>
    public static BannedWords Of(ContentPolicy policy, PersonaSettings persona) =>
        Shared.GetValue(policy, _ => new(StringComparer.OrdinalIgnoreCase)).GetOrAdd(persona.Name, _ => new BannedWords(persona.BannedWords));

    /// <summary>A matcher of <paramref name="words"/> and their plurals.</summary>
    public BannedWords(IEnumerable<string> words)
    {
        var variants = new List<string>();
        foreach (var word in words)
        {
            foreach (var variant in TermVariants.WithPlurals(word))
            {
                variants.Add(variant);
                _configured.Add(word);
            }
        }

        _matcher = new TermMatcher(variants);
    }

    /// <summary>Matches in <paramref name="text"/> outside code, with the word as configured.</summary>
    public IEnumerable<(TextSpan Span, string Configured)> Find(MappedText text) =>
        _matcher.Matches(text.Text).Where(m => !text.IsInCode(m.Span)).Select(m => (m.Span, _configured[m.TermIndex]));
}
