using System.Text.Json;

namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>
/// Real posts of ../shared/corpus written as a content repository: calendars of 45 posts and one post in
/// ten as a Markdown file, under a policy that makes the cross-post rules (CL3007 promo share, CL4011
/// address form) fire across files. Null when ../shared/corpus is absent.
/// </summary>
internal static class CorpusRepo
{
    private const string Config = """
        content: ["**/*.md", "**/*.posts.yaml"]
        personas:
          marque: {kind: brand, types: [promo, dialogue]}
          brand:  {kind: brand, types: [promo, dialogue], bannedWords: [cheap]}
          support: {kind: brand, types: [dialogue]}
        promo: {maxShare: 0.2, minPosts: 3}
        """;

    /// <summary>Writes <paramref name="count"/> posts (two fifths French, the rest English promotion and support dialogue) into <paramref name="repo"/>; false when the corpus is absent.</summary>
    public static bool Write(TempRepo repo, int count)
    {
        var french = RealPosts("real-fr.jsonl", count * 2 / 5);
        var promo = RealPosts("real-brand-promo.jsonl", count * 3 / 10);
        var support = RealPosts("real-support-dialogue.jsonl", count - (count * 2 / 5) - (count * 3 / 10));
        if (french is null || promo is null || support is null)
        {
            return false;
        }

        var posts = french.Select(t => (Text: t, Lang: "fr", Persona: "marque"))
            .Concat(promo.Select(t => (Text: t, Lang: "en", Persona: "brand")))
            .Concat(support.Select(t => (Text: t, Lang: "en", Persona: "support"))).ToList();
        repo.Write("contentlint.yaml", Config);
        string Fields(int i, string indent) =>
            $"{indent}channel: {(i % 3 == 0 ? "x" : "linkedin")}\n{indent}persona: {posts[i].Persona}\n{indent}type: {(i % 2 == 0 ? "promo" : "dialogue")}\n{indent}lang: {posts[i].Lang}\n{indent}publish_at: 2026-{1 + (i / 400 % 12):D2}-{1 + (i % 27):D2}T09:00:00+01:00\n";
        foreach (var i in Enumerable.Range(0, posts.Count).Where(i => i % 10 == 0))
        {
            repo.Write($"posts/p{i:D5}.md", $"---\n{Fields(i, string.Empty)}---\n{posts[i].Text}\n");
        }

        foreach (var calendar in Enumerable.Range(0, posts.Count).Where(i => i % 10 != 0).Chunk(45))
        {
            var entries = calendar.Select(i => $"  - id: p{i:D5}\n{Fields(i, "    ")}    text: {JsonSerializer.Serialize(posts[i].Text)}\n");
            repo.Write($"calendar/c{calendar[0]:D5}.posts.yaml", "posts:\n" + string.Concat(entries));
        }

        return true;
    }

    /// <summary>The repository's root (the folder of ContentLint.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentLint.sln not found above the test binaries");
    }

    private static List<string>? RealPosts(string file, int count)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "corpus", file);
        return File.Exists(path)
            ? [.. File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).Where(t => t.Trim().Length > 0).Take(count)]
            : null;
    }
}
