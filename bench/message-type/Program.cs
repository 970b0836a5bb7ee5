using System.Diagnostics;
using System.Text.Json;
using ContentLint.Core.Scripting.Api.MessageType;

// Classifies every text of the corpus folder given as argument, 5 times after one warm-up pass; prints the median
// milliseconds per 1,000 texts.
var texts = new List<(string Text, string? Lang)>();
foreach (var file in Directory.GetFiles(args[0], "*.jsonl"))
{
    foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
    {
        var json = JsonDocument.Parse(line).RootElement;
        var lang = json.TryGetProperty("lang", out var l) ? l.GetString() : null;
        texts.Add((json.GetProperty("text").GetString()!, lang is "en" or "fr" ? lang : null));
    }
}

var times = new List<double>();
for (var pass = 0; pass < 6; pass++)
{
    var watch = Stopwatch.StartNew();
    var promo = 0;
    foreach (var (text, lang) in texts)
    {
#if LANG_API
        var reading = MessageTypeClassifier.Classify(text, lang);
#else
        var reading = MessageTypeClassifier.Classify(text);
#endif
        promo += reading.Verdict == ContentLint.Core.Documents.PostType.Promo ? 1 : 0;
    }

    if (pass > 0)
    {
        times.Add(watch.Elapsed.TotalMilliseconds * 1000 / texts.Count);
    }
}

times.Sort();
Console.WriteLine($"{texts.Count} texts, median {times[times.Count / 2]:0.0} ms per 1,000 texts");
