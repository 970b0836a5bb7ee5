namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

/// <summary>Every way to change one character of an identifier (its separators left alone).</summary>
internal static class Mutations
{
    /// <summary>Each digit replaced by each other digit; with <paramref name="letters"/>, each letter by each other letter.</summary>
    public static IEnumerable<string> OneCharacterChanged(string value, bool letters = false)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var alphabet = char.IsAsciiDigit(value[i]) ? "0123456789"
                : letters && char.IsAsciiLetter(value[i]) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                : string.Empty;
            foreach (var c in alphabet)
            {
                if (c != char.ToUpperInvariant(value[i]))
                {
                    yield return string.Concat(value.AsSpan(0, i), c.ToString(), value.AsSpan(i + 1));
                }
            }
        }
    }
}
