using ContentLint.Core.Documents;
using ContentLint.Core.Matching;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>A configured term found in a post.</summary>
/// <param name="Text">The text it was found in.</param>
/// <param name="Match">Where, and which variant matched.</param>
/// <param name="Configured">The term as configured.</param>
/// <param name="Index">Index of the term in the configured list.</param>
public readonly record struct ListMatch(MappedText Text, TermMatch Match, string Configured, int Index)
{
    /// <summary>The words as written in the post.</summary>
    public string Written => Text.Text.Substring(Match.Span.Start, Match.Span.Length);
}
