namespace ContentLint.Core.Scripting.Options;

/// <summary>Names of <see cref="OptionType"/> in headers.</summary>
public static class OptionTypes
{
    private static readonly (OptionType Type, string Name)[] Names =
    [
        (OptionType.Boolean, "boolean"), (OptionType.Integer, "integer"), (OptionType.Number, "number"),
        (OptionType.String, "string"), (OptionType.List, "list"), (OptionType.Map, "map"),
    ];

    /// <summary>Every name, in declaration order.</summary>
    public static IEnumerable<string> All => Names.Select(n => n.Name);

    /// <summary>The header name of <paramref name="type"/>.</summary>
    public static string Name(OptionType type) => Names.First(n => n.Type == type).Name;

    /// <summary>The type named <paramref name="name"/>, or null.</summary>
    public static OptionType? Parse(string name) =>
        Names.FirstOrDefault(n => n.Name == name) is { Name: not null } found ? found.Type : null;
}
