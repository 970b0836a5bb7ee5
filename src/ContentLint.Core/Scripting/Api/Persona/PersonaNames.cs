using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting.Api.Persona;

/// <summary>Configured persona names, for messages.</summary>
public static class PersonaNames
{
    private const int MaxListed = 6;

    /// <summary>
    /// The configured persona closest to <paramref name="name"/> by edit distance (a typo such as <c>carrers</c> for
    /// <c>careers</c>), or null when none is close enough: at most a third of the name's length apart, 1 to 3 edits.
    /// </summary>
    public static string? Closest(string name, ContentPolicy policy) => Suggestions.Closest(name, policy.Personas.Keys);

    /// <summary>" (one of: careers, support)" — « (parmi : careers, support) » in French — or an empty text when no persona is configured.</summary>
    public static LocalizedString Choices(ContentPolicy policy)
    {
        var names = policy.Personas.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return new LocalizedString(string.Empty, string.Empty);
        }

        var listed = string.Join(", ", names.Take(MaxListed)) + (names.Count > MaxListed ? ", …" : string.Empty);
        return new LocalizedString($" (one of: {listed})", $" (parmi\u00A0: {listed})");
    }
}
