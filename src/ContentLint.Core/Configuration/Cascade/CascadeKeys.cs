namespace ContentLint.Core.Configuration.Cascade;

/// <summary>
/// How a nested <c>contentlint.yaml</c> combines with the ones above it, decided here for every key:
/// maps merge key by key, a value overrides the inherited one, and the lists below add up (a team's
/// file can extend the company's policy lists, never drop them silently). A file replaces an inherited
/// value instead with <c>replace: [key, …]</c>, or stops the walk with <c>root: true</c>.
/// </summary>
public static class CascadeKeys
{
    /// <summary>The key that stops the walk up: the file inherits nothing.</summary>
    public const string Root = "root";

    /// <summary>The key listing inherited values this file replaces instead of extending.</summary>
    public const string Replace = "replace";

    /// <summary>Lists that add up along the cascade (key paths; <c>*</c> stands for any map key).</summary>
    public static IReadOnlyList<string> AddUp { get; } =
    [
        "confidential.terms", "confidential.clients", "embargoes", "pii.allow", "internalHosts",
        "disclosure.kinds", "disclosure.markers", "personas.*.bannedWords", "voice.acronyms",
        "exclude", "rules", "fields", "overrides",
    ];

    /// <summary>Lists of paths or globs, relative to the file that declares them.</summary>
    public static IReadOnlyList<string> RelativePaths { get; } = ["content", "exclude", "rules", "overrides[].files"];

    /// <summary>Keys that <c>replace:</c> may name: the lists that add up, and every top-level map.</summary>
    public static IReadOnlyList<string> Replaceable { get; } =
        [.. AddUp.Where(k => !k.Contains('*', StringComparison.Ordinal)), "personas", "channels", "severity", "terminology", "confidential", "pii", "disclosure", "voice", "promo", "require", "typography", "scripts"];

    /// <summary>True when the list at <paramref name="keyPath"/> adds up along the cascade.</summary>
    public static bool AddsUp(string keyPath) => AddUp.Any(pattern => Matches(pattern, keyPath));

    /// <summary>True when <paramref name="keyPath"/> holds paths relative to the declaring file.</summary>
    public static bool IsRelativePath(string keyPath) => RelativePaths.Contains(keyPath, StringComparer.Ordinal);

    /// <summary>The key path of a child: <c>a.b</c>, or <c>a[]</c> for a list item.</summary>
    public static string Child(string keyPath, string? key) =>
        key is null ? keyPath + "[]" : keyPath.Length == 0 ? key : keyPath + "." + key;

    private static bool Matches(string pattern, string keyPath)
    {
        var expected = pattern.Split('.');
        var actual = keyPath.Split('.');
        return expected.Length == actual.Length && expected.Zip(actual).All(p => p.First == "*" || p.First == p.Second);
    }
}
