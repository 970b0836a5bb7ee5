using System.Text.RegularExpressions;

namespace ContentLint.Core.Diagnostics;

/// <summary>
/// The language findings and rule texts are shown in. Rules always report in English; a front end
/// (CLI formatters, the language server) renders their messages in one of <see cref="Supported"/>.
/// A locale is named by its language code (<c>fr</c>); any other supported form (<c>fr-FR</c>,
/// POSIX <c>fr_FR.UTF-8</c>) is reduced to it, and a language without translations is English.
/// </summary>
public static partial class MessageLocale
{
    /// <summary>English, the language rules are written in and the fallback.</summary>
    public const string English = "en";

    /// <summary>French.</summary>
    public const string French = "fr";

    /// <summary>The languages rule texts are translated into, English first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, French];

    /// <summary>The environment variables read, in order, when no locale is given: ContentLint's own, then POSIX's.</summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = ["CONTENTLINT_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>
    /// Reads a locale name (<c>fr</c>, <c>fr-CA</c>, <c>fr_FR.UTF-8</c>, <c>C</c>, <c>POSIX</c>) as a
    /// supported language code, English when its language has no translations. False when the text
    /// is not a locale name at all.
    /// </summary>
    public static bool TryParse(string? name, out string locale)
    {
        locale = English;
        var match = name is null ? null : LocaleName().Match(name.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var language = match.Groups["language"].Value.ToLowerInvariant();
        locale = Supported.Contains(language, StringComparer.Ordinal) ? language : English;
        return true;
    }

    /// <summary>
    /// The locale the environment asks for: the first variable of <see cref="EnvironmentVariables"/>
    /// that is set, as POSIX does; English when none is set or the value is not a locale name.
    /// </summary>
    /// <param name="getVariable">Reads an environment variable (injectable for tests).</param>
    public static string FromEnvironment(Func<string, string?> getVariable)
    {
        foreach (var variable in EnvironmentVariables)
        {
            if (getVariable(variable) is { Length: > 0 } value)
            {
                return TryParse(value, out var locale) ? locale : English;
            }
        }

        return English;
    }

    // language[_territory][.codeset][@modifier] (POSIX) or BCP 47 tags with '-'; C and POSIX mean English.
    [GeneratedRegex(@"^(?:(?<language>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*(?:\.[A-Za-z0-9-]+)?(?:@[A-Za-z0-9]+)?|C(?:\.[A-Za-z0-9-]+)?|POSIX)$")]
    private static partial Regex LocaleName();
}
