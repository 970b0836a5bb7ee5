using System.Collections.Immutable;
using System.Globalization;

namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>The <c>options:</c> of a rule file, read by its built-in check with typed defaults.</summary>
public sealed class BuiltInOptions(ImmutableDictionary<string, object?> values)
{
    /// <summary>No options.</summary>
    public static BuiltInOptions Empty { get; } = new(ImmutableDictionary<string, object?>.Empty);

    /// <summary>The raw values (strings, lists of strings, maps).</summary>
    public ImmutableDictionary<string, object?> Values { get; } = values;

    /// <summary>A whole number, or <paramref name="fallback"/>.</summary>
    public int GetInt(string name, int fallback) =>
        Values.GetValueOrDefault(name) is string s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>A number, or <paramref name="fallback"/>.</summary>
    public double GetDouble(string name, double fallback) =>
        Values.GetValueOrDefault(name) is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>A boolean, or <paramref name="fallback"/>.</summary>
    public bool GetBool(string name, bool fallback) =>
        Values.GetValueOrDefault(name) is string s && bool.TryParse(s, out var value) ? value : fallback;

    /// <summary>Text, or <paramref name="fallback"/>.</summary>
    public string GetString(string name, string fallback) => Values.GetValueOrDefault(name) as string ?? fallback;

    /// <summary>A list of texts (a single text is a list of one), or <paramref name="fallback"/>.</summary>
    public ImmutableArray<string> GetList(string name, ImmutableArray<string> fallback) => Values.GetValueOrDefault(name) switch
    {
        ImmutableArray<object?> list => [.. list.OfType<string>()],
        string single => [single],
        _ => fallback,
    };
}
