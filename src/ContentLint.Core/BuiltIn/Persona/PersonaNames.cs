using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>Configured persona names, for messages.</summary>
internal static class PersonaNames
{
    private const int MaxListed = 6;

    /// <summary>" (one of: careers, support)", or an empty string when no persona is configured.</summary>
    public static string Choices(ContentPolicy policy)
    {
        var names = policy.Personas.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return string.Empty;
        }

        var listed = string.Join(", ", names.Take(MaxListed)) + (names.Count > MaxListed ? ", …" : string.Empty);
        return $" (one of: {listed})";
    }
}
