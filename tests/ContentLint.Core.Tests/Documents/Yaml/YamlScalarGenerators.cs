using FsCheck;
using FsCheck.Fluent;
using YamlDotNet.Core;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>FsCheck generators of awkward scalar values and of the ways YamlDotNet can emit them.</summary>
internal static class YamlScalarGenerators
{
    private static readonly string[] Tokens =
    [
        "a", "b", "word", "lorem", "ipsum", "dolor", "é", "😀", "\u00A0", " ", " ", "  ", "\t", "\n", "\n", "\n\n",
        "'", "\"", "\\", ": ", ":", "#", " #", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`",
    ];

    private static readonly string[] ProseTokens =
        ["word", "lorem", "ipsum", "é", "😀", "a:b", "x#y", "it's", "\"q\"", "back\\slash", ",", "-", "!", "?", " ", " ", " ", "\u00A0"];

    private static readonly string[] EdgeTokens = ["x", "Y", "é", "😀", "word", "7"];

    private static readonly ScalarStyle[] Styles =
        [ScalarStyle.Plain, ScalarStyle.SingleQuoted, ScalarStyle.DoubleQuoted, ScalarStyle.Literal, ScalarStyle.Folded];

    /// <summary>Awkward values (indicators, quotes, breaks, tabs) or prose that can stay plain.</summary>
    public static Gen<string> Value { get; } = Gen.OneOf(
        Gen.ListOf(Gen.Elements(Tokens)).Select(string.Concat),
        Gen.NonEmptyListOf(Gen.Elements(ProseTokens)).Select(tokens => "start" + string.Concat(tokens) + "end"));

    /// <summary>Replacement text that starts and ends with a letter, an emoji or a digit, with anything in between.</summary>
    public static Gen<string> Replacement { get; } =
        from first in Gen.Elements(EdgeTokens)
        from middle in Gen.OneOf(Gen.Elements(Tokens), Gen.Elements(ProseTokens)).ListOf().Select(string.Concat)
        from last in Gen.Elements(EdgeTokens)
        from single in Gen.Elements(true, false)
        select single ? first : first + middle + last;

    public static Gen<EmittedScalar> Emitted { get; } =
        from value in Value
        from style in Gen.Elements(Styles)
        from width in Gen.Elements(12, 20, 40, 80)
        from indent in Gen.Choose(2, 4)
        from crlf in Gen.Elements(true, false)
        from depth in Gen.Choose(-1, 2)
        from surrogates in Gen.Elements(true, false)
        select new EmittedScalar(value, style, width, indent, crlf, depth, surrogates);
}
