using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using Xunit.Abstractions;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.BuiltIn;

/// <summary>
/// False-positive check of the brand-voice (CL4xxx) and typography (CL5xxx) rules on real French text:
/// every paragraph of ../shared/seeds/*.txt (as LinkedIn posts) and every line of
/// ../shared/corpus/real-fr.jsonl (as X posts), all with <c>lang: fr</c> and no configuration. Prints
/// the findings per rule; fails when a rule gets much noisier than when it was reviewed, or when a
/// typography finding covers more than spaces and its sign. Skipped when ../shared is absent.
/// </summary>
public sealed partial class FrenchCorpusSanityTests(ITestOutputHelper output)
{
    // Findings per rule when the rules were reviewed (seeds + real-fr), with about 10 % of slack:
    // every finding sampled then was right for a post declared French (see the rule docs for what is left out).
    private static readonly Dictionary<string, int> Ceilings = new()
    {
        ["CL4001"] = 70, ["CL4002"] = 0, ["CL4003"] = 0, ["CL4004"] = 25, ["CL4005"] = 460, ["CL4006"] = 5, ["CL4007"] = 15,
        ["CL4008"] = 750, ["CL4009"] = 25, ["CL4010"] = 30, ["CL4011"] = 0, ["CL5001"] = 2680, ["CL5002"] = 190, ["CL5003"] = 320,
    };

    [SkippableFact]
    public void Brand_voice_and_typography_findings_on_real_french_text_stay_within_what_was_reviewed()
    {
        var seeds = SharedFolder.Find("seeds/README.md") is { } readme ? Directory.GetFiles(Path.GetDirectoryName(readme)!, "*.txt") : [];
        var corpus = SharedFolder.Find("corpus/real-fr.jsonl");
        Skip.If(seeds.Length == 0 || corpus is null, "../shared/seeds or ../shared/corpus/real-fr.jsonl is absent");

        var paragraphs = seeds.Order(StringComparer.Ordinal).SelectMany(f => Paragraph().Split(File.ReadAllText(f))).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var tweets = File.ReadLines(corpus!).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var (posts, batches) = DefaultRulePack.Create();
        var ours = (Func<RuleDescriptor, bool>)(d => d.Id.StartsWith("CL4", StringComparison.Ordinal) || d.Id.StartsWith("CL5", StringComparison.Ordinal));
        var linter = new Linter(Lint.DefaultConfig, posts.Where(r => ours(r.Descriptor)), batches.Where(r => ours(r.Descriptor)));
        var sources = new[] { Calendar("seeds.posts.yaml", "linkedin", paragraphs), Calendar("real-fr.posts.yaml", "x", tweets) };

        var results = linter.RunBatch([.. sources.Select(s => linter.Analyze(s))]).Select(linter.Finish).ToList();

        var findings = results.SelectMany(r => r.Findings).Where(f => ours(f.Rule)).ToList();
        output.WriteLine($"{paragraphs.Count} seed paragraphs (LinkedIn) and {tweets.Count} real-fr posts (X), lang: fr");
        output.WriteLine($"{"rule",-8} {"seeds",6} {"real-fr",8}");
        foreach (var id in Ceilings.Keys)
        {
            output.WriteLine($"{id,-8} {findings.Count(f => f.RuleId == id && f.Path.StartsWith("seeds", StringComparison.Ordinal)),6} {findings.Count(f => f.RuleId == id && f.Path.StartsWith("real-fr", StringComparison.Ordinal)),8}");
        }

        Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => !f.Rule.IsConfigurable);
        Assert.All(Ceilings, c => Assert.True(findings.Count(f => f.RuleId == c.Key) <= c.Value, $"{c.Key}: {findings.Count(f => f.RuleId == c.Key)} findings, more than the {c.Value} reviewed: look for new false positives."));
        var typography = findings.Where(f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal)).ToList();
        var covered = sources.ToDictionary(s => s.Path, s => s.Text);
        Assert.All(typography, f => Assert.Matches(@"^(\s*[;:!?»%‰€$£]|«\s*|\s*[\p{L}°²]+)$", Unescaped(covered[f.Path].Substring(f.Span.Start, f.Span.Length))));
    }

    private static SourceDocument Calendar(string path, string channel, IEnumerable<string> texts)
    {
        var yaml = new StringBuilder($"defaults:\n  channel: {channel}\n  lang: fr\nposts:\n");
        var index = 0;
        foreach (var text in texts)
        {
            yaml.Append($"  - id: p{index++}\n    text: ").Append(JsonSerializer.Serialize(text)).Append('\n');
        }

        return new SourceDocument(path, yaml.ToString());
    }

    /// <summary>The covered source (a piece of a JSON-style double-quoted scalar) as a reader sees it.</summary>
    private static string Unescaped(string source) => JsonSerializer.Deserialize<string>($"\"{source}\"")!;

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraph();
}
