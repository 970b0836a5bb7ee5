using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Upper-case words that are not shouting without any configuration: the acronyms of two maintained
/// spelling lexicons (SCOWL's English, Grammalecte's French: <c>Data/acronyms-en.txt</c>, <c>acronyms-fr.txt</c>,
/// extracted by <c>tools/acronyms/extract.py</c>) and the project's own list of business, administration and web
/// acronyms (<c>Data/acronyms.txt</c>). A word in capitals without a vowel (<c>HTML</c>, <c>CQFD</c>) is taken for
/// an acronym anyway; <c>voice.acronyms</c> adds the brand's own.
/// </summary>
public static class KnownAcronyms
{
    private static readonly ConditionalWeakTable<ContentPolicy, FrozenSet<string>> WithConfigured = [];

    /// <summary>The shipped lists plus the configuration's <c>voice.acronyms</c>, built once per configuration.</summary>
    public static IReadOnlySet<string> Of(ContentPolicy policy) =>
        WithConfigured.GetValue(policy, p => Default.Concat(p.Acronyms.Select(a => a.Trim())).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The shipped lists (documented in CL4004).</summary>
    public static FrozenSet<string> Default { get; } = ProseData.Set("acronyms.txt", "acronyms-en.txt", "acronyms-fr.txt");
}
