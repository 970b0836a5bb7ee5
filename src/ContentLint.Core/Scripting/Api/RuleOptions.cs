using System.Collections.Immutable;
using System.Globalization;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The options of a script rule, declared with their defaults under <c>options:</c> in its header:
/// booleans, whole numbers, numbers, strings and lists of strings.
/// </summary>
public sealed class RuleOptions
{
    internal RuleOptions(ImmutableDictionary<string, object?> values) => Values = values;

    /// <summary>Every option, by name: <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or a list of strings.</summary>
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
        var single => [GetString(name)],
    };

    private object? Get(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The rule has no option '{name}'; declare it under 'options:' in the script's header.");

    private static InvalidOperationException Wrong(string name, string expected, object? actual) =>
        new($"Option '{name}' is {actual ?? "null"}, not {expected}.");
}
