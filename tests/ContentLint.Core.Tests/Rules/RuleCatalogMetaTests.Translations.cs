using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Rules;

// Every built-in rule's translations: the English placeholders, French typography.
public sealed partial class RuleCatalogMetaTests
{
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Translations_have_exactly_the_english_placeholders(string id)
    {
        var rule = Catalog.Find(id)!;
        foreach (var (locale, translation) in rule.Translations)
        {
            Assert.Contains(locale, MessageLocale.Supported);
            Assert.NotEqual(MessageLocale.English, locale);
            Assert.True(
                RuleDescriptor.PlaceholdersOf(translation.MessageFormat).Order(StringComparer.Ordinal).SequenceEqual(rule.PlaceholderNames.Order(StringComparer.Ordinal)),
                $"{id} ({locale}): the message '{translation.MessageFormat}' must have exactly the placeholders of '{rule.MessageFormat}'.");
            Assert.True(char.IsUpper(translation.Title[0]) && translation.Title.EndsWith('.'), $"{id} ({locale}): the title must be one sentence starting with a capital and ending with a period.");
            Assert.False(translation.MessageFormat.EndsWith('.'), $"{id} ({locale}): messages do not end with a period.");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void French_texts_follow_french_typography(string id)
    {
        if (Catalog.Find(id)!.French is not { } french)
        {
            return;
        }

        foreach (var text in new[] { french.Title, french.MessageFormat })
        {
            // A plain or missing space before a high mark (outside « », which quote code such as 'channel: NAME'),
            // or inside guillemets; a straight apostrophe in a word.
            var prose = Quoted().Replace(text, "«\u202F\u202F»");
            Assert.False(PlainSpaceBeforeHighMark().IsMatch(prose), $"{id}: '{text}' needs a no-break space (U+00A0 before ':', U+202F before ; ! ?).");
            Assert.False(BadGuillemets().IsMatch(text), $"{id}: '{text}' needs no-break spaces inside « ».");
            Assert.False(StraightApostrophe().IsMatch(text), $"{id}: '{text}' takes the typographic apostrophe ’.");
        }
    }

    [Fact]
    public void Every_engine_and_channel_rule_is_translated_into_french()
    {
        var compiled = Catalog.Rules.Where(r => r.Category == RuleCategory.Engine || r.Category == RuleCategory.Channels).ToList();

        Assert.NotEmpty(compiled);
        Assert.All(compiled, r => Assert.True(r.French is not null, $"{r.Id}: declare its French title and message beside the English ('French = new(…)')."));
    }

    [GeneratedRegex(@"[^\u00A0\u202F][;:!?](?=\s|$)")]
    private static partial Regex PlainSpaceBeforeHighMark();

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»")]
    private static partial Regex BadGuillemets();

    [GeneratedRegex(@"\p{L}'\p{L}")]
    private static partial Regex StraightApostrophe();
}
