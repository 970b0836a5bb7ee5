using System.Text.Json;
using ContentLint.TestKit;

namespace ContentLint.Benchmarks;

/// <summary>Texts of the real posts in ../shared/corpus, repeated to the count a benchmark asks for.</summary>
public static class RealPosts
{
    public static string[] Load(int count)
    {
        var shared = RepoPaths.Shared ?? throw new InvalidOperationException("../shared (the corpus) is needed beside the repository for this benchmark.");
        var texts = Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        return [.. Enumerable.Range(0, count).Select(i => texts[i % texts.Length])];
    }
}
