using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContentLint.Bench.LspTyping;

// Typing into a 3,000-character post, one character per didChange, debounce 0: the time from each
// didChange to the publishDiagnostics of that version, then the server's RSS over 1,000 more edits.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: LspTyping path/to/contentlint.dll [typed=200] [edits=1000]");
    return 2;
}

var typed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
const string uri = "file:///bench/posts/typing.md";
const string header = "---\nchannels: [linkedin, mastodon]\npersona: marque\ntype: promo\nlang: fr\n---\n";
var sentence = "Les soldes d'hiver commencent vendredi : -20 % sur toute la boutique avec le code HIVER26, livraison offerte dès 50 € 🎁. ";
var body = new StringBuilder();
while (body.Length < 3000)
{
    body.Append(sentence);
}

var text = header + body.ToString(0, 3000);
var bodyLine = header.Count(c => c == '\n');
using var server = new LspProcess(args[0]);
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
for (var i = 0; i < 50; i++)
{
    Edit("a", delete: false);
    Edit(string.Empty, delete: true);
}

var typing = "Offre valable jusqu'au 31 décembre dans la limite des stocks disponibles, voir conditions en magasin et sur le site. ";
var latencies = Enumerable.Range(0, typed).Select(i => Edit(typing[i % typing.Length].ToString(), delete: false)).Order().ToList();
double Percentile(double p) => latencies[(int)Math.Ceiling(p * latencies.Count) - 1];

var rssAfterWarmUp = server.RssMiB;
for (var i = 0; i < edits; i++)
{
    Edit(i % 2 == 0 ? "x" : string.Empty, delete: i % 2 == 1);
}

var rssAfterEdits = server.RssMiB;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"typing {typed} characters into a {text.Length - header.Length}-character post (debounce 0, built-in rules, real contentlint lsp over stdio):"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  didChange → publishDiagnostics: p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, max {latencies[^1]:F2} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RSS after warm-up and typing: {rssAfterWarmUp:F1} MiB; after {edits} more edits: {rssAfterEdits:F1} MiB ({(rssAfterEdits - rssAfterWarmUp) / rssAfterWarmUp * 100:+0.0;-0.0} %)"));
return 0;
