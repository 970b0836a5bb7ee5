using System.Collections.Immutable;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Diagnostics;

/// <summary>Renders a reported message again in another language, at the output edge.</summary>
internal static class LocalizedMessage
{
    public static string Format(RuleDescriptor rule, string englishMessage, ImmutableArray<(string Name, object? Value)>? arguments, string locale) =>
        // English is the message as reported, byte for byte; a message of its own has nothing to translate.
        locale == MessageLocale.English || arguments is not { } args ? englishMessage : rule.FormatMessage(locale, [.. args]);
}
