using System.CommandLine;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli;

/// <summary>
/// <c>--locale</c>: the language of rule titles and messages. Without it, the environment decides
/// (<c>CONTENTLINT_LOCALE</c>, then POSIX's <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>).
/// </summary>
internal static class LocaleOption
{
    /// <summary>The option; a value that is not a locale name is a usage error (exit 2, one line).</summary>
    public static Option<string?> Create(bool recursive = false)
    {
        var option = new Option<string?>("--locale")
        {
            Description = $"Language of rule titles and messages: {string.Join(" or ", MessageLocale.Supported)} (also fr-FR, fr_FR.UTF-8). "
                + $"Default: {string.Join(", then ", MessageLocale.EnvironmentVariables)}. A language without translations falls back to English, without error.",
            Recursive = recursive,
        };
        option.CompletionSources.Add([.. MessageLocale.Supported]);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !MessageLocale.TryParse(value, out _))
            {
                result.AddError($"invalid --locale '{Printable.Escape(value)}': expected a locale name such as en, fr, fr-FR or fr_FR.UTF-8");
            }
        });
        return option;
    }

    /// <summary>The language to show texts in: the option's, else the environment's; English by default.</summary>
    public static string Resolve(ParseResult parseResult, Option<string?> option) =>
        MessageLocale.TryParse(parseResult.GetValue(option), out var given)
            ? given
            : MessageLocale.FromEnvironment(Environment.GetEnvironmentVariable);
}
