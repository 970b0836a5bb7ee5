using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: terminology</c>: the configured glossary (<c>terminology: {fr: {e-mail: courriel}, "*": {…}}</c>)
/// of the post's language, with a fix that keeps the capitalisation. Links, hashtags, mentions and
/// code are left alone. Placeholders: <c>{match}</c>, <c>{expected}</c>, <c>{list}</c>.
/// </summary>
public sealed class TerminologyCheck : IBuiltInCheck
{
    private static readonly PolicyCache<Glossary> Glossaries = new(p => new Glossary(p));

    /// <inheritdoc />
    public string Name => "terminology";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        if (policy.Terminology.IsEmpty || Glossaries.Get(policy).For(context.Post.Lang?.Value.Trim() ?? string.Empty) is not { } glossary)
        {
            return;
        }

        foreach (var text in context.Post.AllTexts)
        {
            var prose = ProseText.Of(text);
            foreach (var match in glossary.Terms.Matches(text.Text))
            {
                var entry = glossary.Entries[match.TermIndex];
                var found = text.Text.Substring(match.Span.Start, match.Span.Length);
                var expected = entry.SameLetters ? entry.Replacement : CaseMatcher.Apply(found, entry.Replacement);
                if (found == expected || prose.IsProtected(match.Span))
                {
                    continue;
                }

                var fix = new TextReplacement(match.Span, expected, $"Replace '{found}' with '{expected}'");
                context.Report(text, match.Span, fix, ("match", found), ("expected", expected), ("list", entry.List));
            }
        }
    }
}
