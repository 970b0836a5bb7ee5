using System.Collections.Immutable;
using System.Globalization;

namespace ContentLint.Core.Diagnostics;

/// <summary>The rule's texts in the languages of <see cref="MessageLocale.Supported"/>; English is the base.</summary>
public sealed partial record RuleDescriptor
{
    private ImmutableDictionary<string, RuleTranslation> _translations = ImmutableDictionary<string, RuleTranslation>.Empty;

    /// <summary>
    /// Title and message per language code other than English. Each message has exactly the English
    /// placeholders (rule files are checked at load, compiled rules by a test).
    /// </summary>
    public ImmutableDictionary<string, RuleTranslation> Translations
    {
        get => _translations;
        init => _translations = value;
    }

    /// <summary>The French title and message, declared beside the English ones.</summary>
    public RuleTranslation? French
    {
        get => _translations.GetValueOrDefault(MessageLocale.French);
        init => _translations = value is null ? _translations.Remove(MessageLocale.French) : _translations.SetItem(MessageLocale.French, value);
    }

    /// <summary>The title in <paramref name="locale"/>, English when the rule has no translation for it.</summary>
    public string TitleIn(string locale) => _translations.TryGetValue(locale, out var t) ? t.Title : Title;

    /// <summary>The message format in <paramref name="locale"/>, English when the rule has no translation for it.</summary>
    public string MessageFormatIn(string locale) => _translations.TryGetValue(locale, out var t) ? t.MessageFormat : MessageFormat;

    /// <summary>
    /// Fills the message in <paramref name="locale"/>: its format in that language, and
    /// <see cref="LocalizedString"/> values in that language too. Unknown names stay as written.
    /// </summary>
    public string FormatMessage(string locale, params (string Name, object? Value)[] args) => Fill(MessageFormatIn(locale), locale, args);

    private static string Fill(string format, string locale, (string Name, object? Value)[] args)
    {
        if (args.Length == 0)
        {
            return format;
        }

        return PlaceholderPattern().Replace(format, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (argName, value) in args)
            {
                if (argName == name)
                {
                    return value is LocalizedString text ? text.In(locale) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                }
            }

            return match.Value;
        });
    }
}
