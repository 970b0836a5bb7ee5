using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.TestKit.Fuzzing;

/// <summary>
/// Generators of hostile YAML: calendars, front matter and configuration made of random YAML tokens and
/// mutations of the examples (<see cref="Calendar"/>, <see cref="Configuration"/>), and the classes
/// that need the YAML loader's own limits (<see cref="AliasAndNesting"/>: alias cycles, billion
/// laughs, deep block and flow nesting, non-scalar keys).
/// </summary>
public static class HostileYaml
{
    // No '&', '*' or flow brackets: aliases and non-scalar keys belong to AliasAndNesting.
    private static readonly string[] Tokens =
    [
        "posts:", "defaults:", "- id: a", "channel: x", "text: ", "thread:", "variants:", "text: |", "text: >-", "key", ": ", "- ",
        "\n", "\n  ", "\n    ", "\r\n", "\t", "'", "\"", "\\", "\\u", "#", "# contentlint-disable-next-line CL2001", "!!str ", "!!map ",
        "---", "...", "%YAML 1.2", "? ", "|", ">", "é", "😀", "\0", "\u001B", "\u0085", "\u2028", "\uFEFF", "\uD800", "42",
        "2026-12-01T09:00:00+01:00", "null", "~", "true",
    ];

    /// <summary>A whole <c>.posts.yaml</c> file's text.</summary>
    public static Gen<string> Calendar { get; } = Gen.OneOf(RandomYaml, Mutation(Example("calendar/december.posts.yaml")));

    /// <summary>A whole <c>contentlint.yaml</c>'s text.</summary>
    public static Gen<string> Configuration { get; } = Gen.OneOf(RandomYaml, Mutation(Example("contentlint.yaml")));

    /// <summary>A Markdown post whose front matter is random YAML.</summary>
    public static Gen<string> FrontMatterPost { get; } = RandomYaml.Select(yaml => "---\n" + yaml + "\n---\nBody.\n");

    /// <summary>The YAML classes bounded by the YAML loader itself (a separate fix): each as a fragment of YAML.</summary>
    public static Gen<string> AliasAndNesting { get; } =
        from depth in Gen.Choose(100, 10_000)
        from kind in Gen.Choose(0, 6)
        select kind switch
        {
            0 => "l: &l [*l]",
            1 => "? &k [*k]\n: 1",
            2 => BillionLaughs(Math.Min(depth / 1_000, 9) + 3),
            3 => "k:\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x",
            4 => "a: " + new string('[', depth) + new string(']', depth),
            5 => "a: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            _ => "k: {[a]: 1, [b]: 2}",
        };

    /// <summary>Each hostile fragment as front matter, a calendar and a configuration.</summary>
    public static Gen<(string Path, string Text)> AliasAndNestingFiles { get; } =
        from yaml in AliasAndNesting
        from target in Gen.Choose(0, 2)
        select target switch
        {
            0 => ("post.md", "---\nchannel: x\n" + yaml + "\n---\nBody.\n"),
            1 => ("cal.posts.yaml", "defaults:\n  channel: x\n" + yaml.Replace("\n", "\n  ", StringComparison.Ordinal).Insert(0, "  ") + "\nposts:\n  - id: a\n    text: hi\n"),
            _ => ("contentlint.yaml", yaml),
        };

    private static Gen<string> RandomYaml => Gen.Elements(Tokens).ArrayOf().Select(parts => string.Join(string.Empty, parts));

    private static string BillionLaughs(int levels)
    {
        var yaml = new StringBuilder("a0: &a0 lol\n");
        for (var i = 1; i <= levels; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        return yaml.ToString();
    }

    private static Gen<string> Mutation(string seed) =>
        from at in Gen.Choose(0, seed.Length)
        from length in Gen.Choose(0, 80)
        from token in Gen.Elements(Tokens)
        from delete in Gen.Elements(true, false)
        select delete ? seed.Remove(at, Math.Min(length, seed.Length - at)) : seed.Insert(at, token);

    private static string Example(string relative)
    {
        var path = Path.Combine(RepoPaths.Examples, relative);
        return File.Exists(path) ? File.ReadAllText(path) : "posts:\n  - id: a\n    channel: x\n    text: hi\n";
    }
}
