namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// Shows enough of a secret or identifier to find it, never all of it: messages end up in CI logs,
/// SARIF files and editors, which must not become a second leak.
/// </summary>
internal static class Masking
{
    /// <summary>The first four characters and an ellipsis (the whole value is never shown).</summary>
    public static string Mask(string value) => value.Length <= 4 ? "…" : string.Concat(value.AsSpan(0, 4), "…");
}
