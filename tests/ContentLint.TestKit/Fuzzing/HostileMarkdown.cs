using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.TestKit.Fuzzing;

/// <summary>
/// Generators of hostile Markdown posts: deep quotes, lists, brackets and emphasis, control characters,
/// unpaired surrogates, huge lines, and random mutations of the example posts.
/// </summary>
public static class HostileMarkdown
{
    private const string FrontMatter = "---\nchannel: x\n---\n";

    private static readonly string[] Tokens =
    [
        "a", "é", " ", "\n", "\r\n", "\t", "*", "_", "**", "`", "```", "[", "]", "(", ")", "![", "](", "<", ">", "#", "- ", "1. ",
        "\\", "&amp;", "<!--", "-->", "---", "|", "~", "http://x.io", "@user", "#tag", "😀", "\u200D", "\u0301",
        "\0", "\u001B[31m", "\u0007", "\u000B", "\u000C", "\u0085", "\u2028", "\uFEFF", "\uD800", "\uDFFF", "\uFFFF",
        "<!-- contentlint-disable-next-line CL2001 -->", "<!-- contentlint-disable -->", "<!-- contentlint-enable",
    ];

    /// <summary>A whole <c>.md</c> file's text.</summary>
    public static Gen<string> Post { get; } = Gen.Frequency(
        (3, Body.Select(body => FrontMatter + body)),
        (1, Body.Select(body => "---\nchannel: x\nthread: true\n---\n" + body + "\n---\n" + body)),
        (2, Mutation(ExamplePosts())));

    /// <summary>A Markdown body (no front matter).</summary>
    public static Gen<string> Body => Gen.OneOf(RandomTokens, Deep, HugeLine);

    private static Gen<string> RandomTokens => Gen.Elements(Tokens).ArrayOf().Select(string.Concat);

    private static Gen<string> Deep =>
        from depth in Gen.Frequency((3, Gen.Choose(60, 400)), (1, Gen.Choose(400, 12_000)))
        from kind in Gen.Choose(0, 7)
        select kind switch
        {
            0 => new string('>', Math.Min(depth, 2_000)) + " quoted",
            1 => string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', 2 * i) + "- item\n")),
            2 => Repeat("- ", Math.Min(depth, 2_000)) + "item",
            3 => new string('[', depth) + "x",
            4 => new string('[', depth) + "x" + new string(']', depth),
            5 => Repeat("*_", depth) + "x",
            6 => new string('*', depth) + "x" + new string('*', depth),
            _ => Repeat("[a](", depth) + Repeat(")", depth / 2),
        };

    private static Gen<string> HugeLine =>
        from length in Gen.Choose(10_000, 100_000)
        from c in Gen.Elements('a', ' ', '*', '[', 'é', '#')
        select new string(c, length) + "\n";

    private static Gen<string> Mutation(IReadOnlyList<string> seeds) =>
        from seed in Gen.Elements(seeds.ToArray())
        from at in Gen.Choose(0, 10_000)
        from length in Gen.Choose(0, 200)
        from token in Gen.Elements(Tokens)
        from times in Gen.Choose(1, 50)
        from how in Gen.Choose(0, 2)
        select Mutate(seed, at % (seed.Length + 1), length, Repeat(token, times), how);

    private static string Mutate(string seed, int at, int length, string insert, int how)
    {
        var end = Math.Min(seed.Length, at + length);
        return how switch
        {
            0 => seed.Insert(at, insert),
            1 => seed.Remove(at, end - at),
            _ => seed.Insert(at, seed[at..end]),
        };
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string[] ExamplePosts()
    {
        var folder = Path.Combine(RepoPaths.Examples, "posts");
        var posts = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Select(File.ReadAllText).ToArray() : [];
        return posts.Length > 0 ? posts : [FrontMatter + "A post.\n"];
    }
}
