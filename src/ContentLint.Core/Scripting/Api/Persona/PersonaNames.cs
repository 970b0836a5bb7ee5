using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting.Api.Persona;

/// <summary>Configured persona names, for messages.</summary>
public static class PersonaNames
{
    private const int MaxListed = 6;

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
