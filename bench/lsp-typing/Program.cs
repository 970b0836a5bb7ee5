using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentLint.Bench.LspTyping;

// Typing into a 3,000-character post, one character per didChange, debounce 0, with the default rule
// pack plus N script rules: the time from each didChange to the publishDiagnostics of that version,
// early (after a few edits) and warm; the server's RSS over 1,000 edits once warm; then over R script
// recompiles (a script edited on disk, then workspace/didChangeWatchedFiles, as an editor sends).
if (args.Length < 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: LspTyping path/to/contentlint.dll repository-root [typed=200] [edits=1000] [scripts=20] [recompiles=100] [warm-up edits=100]");
    return 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var typed = Arg(2, 200);
var edits = Arg(3, 1000);
var scripts = Arg(4, 20);
var recompiles = Arg(5, 100);
var warmUpEdits = Arg(6, 100);
using var workspace = new Workspace(args[1], scripts);
var uri = workspace.PostUri;
const string header = "---\nchannels: [linkedin, mastodon]\npersona: marque\ntype: promo\nlang: fr\n---\n";
var sentence = "Les soldes d'hiver commencent vendredi : -20 % sur toute la boutique avec le code HIVER26, livraison offerte dès 50 € 🎁. ";
var body = new StringBuilder();
while (body.Length < 3000)
{
    body.Append(sentence);
}

var text = header + body.ToString(0, 3000);
var bodyLine = header.Count(c => c == '\n');
using var server = new LspProcess(args[0], workspace.CacheDirectory);
server.Send(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { processId = Environment.ProcessId, capabilities = new { }, initializationOptions = new { debounceMs = 0 } } });
server.ReadUntil(m => m["id"] is not null);
server.Send(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
server.Send(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "markdown", version = 1, text } } });
server.ReadUntil(m => (string?)m["method"] == "textDocument/publishDiagnostics");

var version = 1;
var column = 3000;
double Edit(string inserted, bool delete)
{
    version++;
    var start = delete ? column - 1 : column;
    var change = new { range = new { start = new { line = bodyLine, character = start }, end = new { line = bodyLine, character = delete ? column : column } }, text = inserted };
    column += delete ? -1 : inserted.Length;
    var clock = Stopwatch.StartNew();
    server.Send(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri, version }, contentChanges = new[] { change } } });
    var expected = version;
    server.ReadUntil(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (int?)m["params"]!["version"] == expected);
    return clock.Elapsed.TotalMilliseconds;
}

string Ms(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
string MiB(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
string Growth(double before, double after) => ((after - before) / before * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %";
double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

// Types `typed` characters and prints the latencies, end to end and the server's own share (its debug log).
void Type(string label)
{
    var typing = "Offre valable jusqu'au 31 décembre dans la limite des stocks disponibles, voir conditions en magasin et sur le site. ";
    var firstTyped = version + 1;
    var latencies = Enumerable.Range(0, typed).Select(i => Edit(typing[i % typing.Length].ToString(), delete: false)).Order().ToList();
    var serverCheck = Enumerable.Range(firstTyped, typed).Select(v => server.ServerTimes.TryGetValue(v, out var t) ? t.CheckMs : double.NaN).Where(t => !double.IsNaN(t)).Order().ToList();
    Console.WriteLine($"  {label}: didChange → publishDiagnostics p50 {Ms(Percentile(latencies, 0.50))} ms, p95 {Ms(Percentile(latencies, 0.95))} ms, max {Ms(latencies[^1])} ms");
    if (serverCheck.Count > 0)
    {
        Console.WriteLine($"    of which checking in the server ({serverCheck.Count} runs): p50 {Ms(Percentile(serverCheck, 0.50))} ms, p95 {Ms(Percentile(serverCheck, 0.95))} ms, max {Ms(serverCheck[^1])} ms");
    }
}

// Edits `count` times (a character typed, then deleted), noting the RSS every `every` edits.
List<double> Churn(int count, int every)
{
    var rss = new List<double>();
    for (var i = 0; i < count; i++)
    {
        Edit(i % 2 == 0 ? "x" : string.Empty, delete: i % 2 == 1);
        if ((i + 1) % every == 0)
        {
            rss.Add(server.RssMiB);
        }
    }

    return rss;
}

Console.WriteLine($"typing into a {text.Length - header.Length}-character post (debounce 0, default rule pack + {scripts} script rules, real contentlint lsp over stdio), {typed} characters one change at a time:");

// Early: right after `warmUpEdits` edits. The JIT is still optimizing the hot code in the background.
Churn(warmUpEdits, int.MaxValue);
Type($"after {warmUpEdits} edits");

// Warm: after as many edits again as the RSS run below, what a writer feels after a few minutes.
var warmUpRss = Churn(edits, Math.Max(1, edits / 4));
Type($"after {warmUpEdits + typed + edits} edits");

// Memory: RSS once warm, over `edits` more edits.
var rssWarm = server.RssMiB;
var editRss = Churn(edits, Math.Max(1, edits / 4));
Console.WriteLine($"  RSS during warm-up: {string.Join(", ", warmUpRss.Select(MiB))} MiB; then over {edits} more edits: {string.Join(", ", editRss.Select(MiB))} MiB ({Growth(rssWarm, editRss[^1])} from {MiB(rssWarm)} MiB)");

if (scripts == 0 || recompiles == 0)
{
    return 0;
}

void Recompile(int generation)
{
    var script = workspace.Touch(generation % Math.Max(1, scripts), generation);
    server.Send(new { jsonrpc = "2.0", method = "workspace/didChangeWatchedFiles", @params = new { changes = new[] { new { uri = script, type = 2 } } } });
    // The reload re-checks open documents; a no-op edit then waits for that document's next publish.
    Edit(string.Empty, delete: false);
}

// Script recompiles: an edited script, workspace/didChangeWatchedFiles, the reload and re-check.
const int RecompileWarmUp = 25;
var recompileWarmUpRss = new List<double>();
for (var i = 0; i < RecompileWarmUp; i++)
{
    Recompile(i);
    if ((i + 1) % 5 == 0)
    {
        recompileWarmUpRss.Add(server.RssMiB);
    }
}

var rssBeforeRecompiles = server.RssMiB;
var recompileClock = Stopwatch.StartNew();
var trajectory = new List<double>();
for (var i = 0; i < recompiles; i++)
{
    Recompile(RecompileWarmUp + i);
    if ((i + 1) % 25 == 0)
    {
        trajectory.Add(server.RssMiB);
    }
}

var recompileMs = recompileClock.Elapsed.TotalMilliseconds / recompiles;
Console.WriteLine($"  script recompiles (edit, didChangeWatchedFiles, reload, re-check): {recompileMs.ToString("F0", CultureInfo.InvariantCulture)} ms each");
Console.WriteLine($"    RSS over the first {RecompileWarmUp} (every 5): {string.Join(", ", recompileWarmUpRss.Select(MiB))} MiB");
Console.WriteLine($"    then over {recompiles} more (every 25): {string.Join(", ", trajectory.Select(MiB))} MiB ({Growth(rssBeforeRecompiles, trajectory[^1])} from {MiB(rssBeforeRecompiles)} MiB)");
return 0;
