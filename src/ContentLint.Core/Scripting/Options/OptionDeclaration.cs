using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Options;

/// <summary>
/// One option of a script rule, declared under <c>options:</c> in its header: the single source of
/// its type, default, allowed range and documentation (<c>rules explain</c> renders the table).
/// </summary>
/// <param name="Name">The option's name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Default">The default value: <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, a list of strings or a map of names to <see cref="double"/>.</param>
/// <param name="Min">Smallest allowed number (numbers, and every value of a map), or null.</param>
/// <param name="Max">Largest allowed number, or null.</param>
/// <param name="Doc">One line saying what the option changes.</param>
/// <param name="Span">Where the option is declared in the rule file.</param>
public sealed record OptionDeclaration(string Name, OptionType Type, object? Default, double? Min, double? Max, string Doc, TextSpan Span)
{
    /// <summary>The type as written in headers (<c>integer</c>, <c>map</c>…).</summary>
    public string TypeName => OptionTypes.Name(Type);

    /// <summary>The allowed range in words (<c>1–200</c>, <c>≥ 0</c>), or an empty string.</summary>
    public string RangeText => (Min, Max) switch
    {
        ({ } min, { } max) => $"{OptionValues.Format(min)}–{OptionValues.Format(max)}",
        ({ } min, null) => $"≥ {OptionValues.Format(min)}",
        (null, { } max) => $"≤ {OptionValues.Format(max)}",
        _ => string.Empty,
    };
}
