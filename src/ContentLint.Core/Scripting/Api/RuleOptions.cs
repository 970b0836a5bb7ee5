using System.Collections.Immutable;
using System.Globalization;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The options of a script rule, declared with their type and default under <c>options:</c> in its
/// header (validated when the rule loads): booleans, whole numbers, numbers, texts, lists of texts,
/// and maps of names (such as channels) to numbers.
/// </summary>
public sealed class RuleOptions
{
    internal RuleOptions(ImmutableDictionary<string, object?> values) => Values = values;

    /// <summary>Every option, by name: <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, a list of strings or a map of names to numbers.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>True when the option is declared.</summary>
    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary>A string option (numbers and booleans are given as written).</summary>
    public string GetString(string name) => Convert.ToString(Get(name), CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A whole-number option.</summary>
    public int GetInt(string name) => Get(name) switch
    {
        long l => checked((int)l),
        double d when d == Math.Floor(d) => checked((int)d),
        var other => throw Wrong(name, "a whole number", other),
    };

    /// <summary>A number option.</summary>
    public double GetDouble(string name) => Get(name) switch
    {
        long l => l,
        double d => d,
        var other => throw Wrong(name, "a number", other),
    };

    /// <summary>A boolean option.</summary>
    public bool GetBool(string name) => Get(name) is bool b ? b : throw Wrong(name, "true or false", Get(name));

    /// <summary>A list-of-strings option (a single value is a list of one).</summary>
    public IReadOnlyList<string> GetList(string name) => Get(name) switch
    {
        IReadOnlyList<string> list => list,
        null => [],
        _ => [GetString(name)],
    };

    /// <summary>A map option: names (compared case-insensitively) to numbers.</summary>
    public IReadOnlyDictionary<string, double> GetMap(string name) =>
        Get(name) as IReadOnlyDictionary<string, double> ?? throw Wrong(name, "a map of names to numbers", Get(name));

    /// <summary>The number for <paramref name="key"/> in the map option <paramref name="name"/>, else <paramref name="fallback"/>.</summary>
    public double GetNumberFor(string name, string key, double fallback) =>
        GetMap(name).TryGetValue(key, out var value) ? value : fallback;

    private object? Get(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The rule has no option '{name}'; declare it under 'options:' in the script's header.");

    private static InvalidOperationException Wrong(string name, string expected, object? actual) =>
        new($"Option '{name}' is {actual ?? "null"}, not {expected}.");
}
