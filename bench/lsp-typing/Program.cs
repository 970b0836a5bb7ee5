using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentLint.Bench.LspTyping;

// Typing into a 3,000-character post, one character per didChange, debounce 0, with the default rule
// pack plus N script rules: the time from each didChange to the publishDiagnostics of that version,
// the server's RSS over 1,000 more edits, then over R script recompiles (a script edited on disk,
// then workspace/didChangeWatchedFiles, as an editor sends).
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

// Warm-up: the JIT and the first lint runs are not what a writer feels while typing.
for (var i = 0; i < warmUpEdits / 2; i++)
{
    Edit("a", delete: false);
    Edit(string.Empty, delete: true);
}

var typing = "Offre valable jusqu'au 31 décembre dans la limite des stocks disponibles, voir conditions en magasin et sur le site. ";
var firstTyped = version + 1;
var latencies = Enumerable.Range(0, typed).Select(i => Edit(typing[i % typing.Length].ToString(), delete: false)).Order().ToList();
double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
var serverCheck = Enumerable.Range(firstTyped, typed).Select(v => server.ServerTimes.TryGetValue(v, out var t) ? t.CheckMs : double.NaN).Where(t => !double.IsNaN(t)).Order().ToList();

var rssAfterWarmUp = server.RssMiB;
for (var i = 0; i < edits; i++)
{
    Edit(i % 2 == 0 ? "x" : string.Empty, delete: i % 2 == 1);
}

var rssAfterEdits = server.RssMiB;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"typing {typed} characters into a {text.Length - header.Length}-character post (debounce 0, default rule pack + {scripts} script rules, real contentlint lsp over stdio):"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  didChange → publishDiagnostics: p50 {Percentile(latencies, 0.50):F2} ms, p95 {Percentile(latencies, 0.95):F2} ms, max {latencies[^1]:F2} ms"));
if (serverCheck.Count > 0)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which checking in the server (its verbose log, {serverCheck.Count} runs): p50 {Percentile(serverCheck, 0.50):F2} ms, p95 {Percentile(serverCheck, 0.95):F2} ms, max {serverCheck[^1]:F2} ms"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RSS after warm-up and typing: {rssAfterWarmUp:F1} MiB; after {edits} more edits: {rssAfterEdits:F1} MiB ({(rssAfterEdits - rssAfterWarmUp) / rssAfterWarmUp * 100:+0.0;-0.0} %)"));

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

for (var i = 0; i < 10; i++)
{
    Recompile(i); // Warm-up of the reload path.
}

var rssBeforeRecompiles = server.RssMiB;
var recompileClock = Stopwatch.StartNew();
var trajectory = new List<double>();
for (var i = 10; i < 10 + recompiles; i++)
{
    Recompile(i);
    if ((i - 9) % 25 == 0)
    {
        trajectory.Add(server.RssMiB);
    }
}

var recompileMs = recompileClock.Elapsed.TotalMilliseconds / Math.Max(1, recompiles);
var rssAfterRecompiles = server.RssMiB;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {recompiles} script recompiles (edit, didChangeWatchedFiles, re-check): {recompileMs:F0} ms each; RSS {rssBeforeRecompiles:F1} MiB before, {rssAfterRecompiles:F1} MiB after ({(rssAfterRecompiles - rssBeforeRecompiles) / rssBeforeRecompiles * 100:+0.0;-0.0} %)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RSS every 25 recompiles: {string.Join(", ", trajectory.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)))} MiB"));
return 0;
