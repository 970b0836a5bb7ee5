using System.Text.Json;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// <c>check</c> streams files (bounded workers, documents parsed again for the run-level rules, results
/// kept without their documents); its findings must be exactly those of the plain engine path that keeps
/// every analysis: Analyze each file, RunBatch over all, Finish each. On 300 real posts of
/// ../shared/corpus in calendars and Markdown files, under a policy that makes the run-level rules
/// (CL3007 promo share, CL4011 address form) fire across files. Skipped when ../shared is absent.
/// </summary>
public sealed class StreamedCheckParityTests : IDisposable
{
    private const string Config = """
        content: ["**/*.md", "**/*.posts.yaml"]
        personas:
          marque: {kind: brand, types: [promo, dialogue]}
          brand:  {kind: brand, types: [promo, dialogue], bannedWords: [cheap]}
        promo: {maxShare: 0.2, minPosts: 3}
        """;

    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [SkippableFact]
    public void Streamed_check_finds_what_the_engine_finds_keeping_every_analysis()
    {
        var posts = RealPosts("real-fr.jsonl", 200).Select(t => (Text: t, Lang: "fr", Persona: "marque"))
            .Concat(RealPosts("real-brand-promo.jsonl", 100).Select(t => (Text: t, Lang: "en", Persona: "brand"))).ToList();
        _repo.Write("contentlint.yaml", Config);
        for (var i = 0; i < posts.Count; i++)
        {
            var (text, lang, persona) = posts[i];
            var fields = $"channel: {(i % 3 == 0 ? "x" : "linkedin")}\npersona: {persona}\ntype: {(i % 2 == 0 ? "promo" : "dialogue")}\nlang: {lang}\npublish_at: 2026-12-0{1 + i % 7}T09:00:00+01:00\n";
            if (i % 10 == 0)
            {
                _repo.Write($"posts/p{i:D3}.md", $"---\n{fields}---\n{text}\n");
            }
        }

        foreach (var calendar in Enumerable.Range(0, posts.Count).Where(i => i % 10 != 0).Chunk(45))
        {
            var entries = calendar.Select(i => $"  - id: p{i:D3}\n    channel: {(i % 3 == 0 ? "x" : "linkedin")}\n    persona: {posts[i].Persona}\n    type: {(i % 2 == 0 ? "promo" : "dialogue")}\n    lang: {posts[i].Lang}\n    publish_at: 2026-12-0{1 + i % 7}T09:00:00+01:00\n    text: {JsonSerializer.Serialize(posts[i].Text)}\n");
            _repo.Write($"calendar/c{calendar[0]:D3}.posts.yaml", "posts:\n" + string.Concat(entries));
        }

        using var runner = new CheckRunner();
        var streamed = runner.Run(new CheckOptions([], null, Fix: false, _repo.Root), CancellationToken.None).Report;

        var linter = runner.LinterFor(_repo.Root, null, _repo.Root, scriptsEnabled: true).Linter;
        var files = Directory.GetFiles(_repo.Root, "*", SearchOption.AllDirectories).Where(f => PostDocumentParser.KindOf(f) is not null)
            .Select(f => Path.GetRelativePath(_repo.Root, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList();
        var analyses = files.Select(f => linter.Analyze(SourceLoader.LoadFile(Path.Combine(_repo.Root, f), f, linter.Configuration.MaxFileSize).Document!)).ToList();
        var kept = linter.RunBatch(analyses).Select(linter.Finish).ToList();

        Assert.Equal(posts.Count, streamed.PostCount);
        Assert.Contains(streamed.Findings, f => f.RuleId == "CL3007");
        Assert.Contains(streamed.Findings, f => f.RuleId == "CL4011");
        Assert.Equal(kept.SelectMany(r => r.Findings).Select(Key), streamed.Findings.Select(Key));
        Assert.All(streamed.Files, f => Assert.Null(f.Document));
    }

    private static string Key(Core.Diagnostics.Finding f) =>
        $"{f.Path} {f.Span.Start}+{f.Span.Length} {f.Position.Start.OneBasedLine}:{f.Position.Start.OneBasedColumn} {f.Severity} {f.RuleId} {f.PostId} {f.Message} fixes={f.Fixes.Length}";

    private static IEnumerable<string> RealPosts(string file, int count)
    {
        var path = Shared("corpus/" + file);
        Skip.If(path is null, $"../shared/corpus/{file} is absent");
        return File.ReadLines(path!).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Where(t => t.Trim().Length > 0).Take(count).ToList();
    }

    private static string? Shared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", relative);
                return File.Exists(path) ? Path.GetFullPath(path) : null;
            }
        }

        return null;
    }
}
