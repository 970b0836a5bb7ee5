using System.Globalization;
using ContentLint.Core.Documents;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;
using ContentLint.Scripting;

// Usage: ContentLint.PackCompiler --rules DIR --out FILE.dll --trusted true|false
// Compiles every DIR/**/*.csx with the script compiler users' scripts go through, into one assembly.
// Problems are printed as MSBuild errors (path(line,col): error CLPACK: …) and fail the build.
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
if (!options.TryGetValue("--rules", out var rulesDirectory) || !options.TryGetValue("--out", out var output)
    || !options.TryGetValue("--trusted", out var trustedText) || !bool.TryParse(trustedText, out var trusted))
{
    Console.Error.WriteLine("usage: ContentLint.PackCompiler --rules DIR --out FILE.dll --trusted true|false");
    return 2;
}

var scripts = new List<PackScriptSource>();
var failed = false;
foreach (var path in Directory.EnumerateFiles(rulesDirectory, "*.csx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var text = File.ReadAllText(path);
    var header = ScriptHeaderReader.Read(new SourceDocument(path, text));
    if (header.Header is { } metadata)
    {
        scripts.Add(new PackScriptSource(path, text, metadata.Descriptor.Id, metadata.Level));
        continue;
    }

    failed = true;
    foreach (var diagnostic in header.Diagnostics)
    {
        Report(path, text, diagnostic.Span, diagnostic.Message);
    }
}

var duplicates = scripts.GroupBy(s => s.RuleId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
foreach (var duplicate in duplicates)
{
    failed = true;
    Report(duplicate.Last().Path, string.Empty, default, $"the rule ID {duplicate.Key} is also in {duplicate.First().Path}");
}

if (failed)
{
    return 1;
}

var result = new RoslynScriptCompiler().CompilePack(new PackCompileRequest(scripts, "ContentLint.Pack.Scripts", Sandboxed: !trusted));
foreach (var (path, problem) in result.Problems)
{
    Report(path, scripts.FirstOrDefault(s => s.Path == path)?.Text ?? string.Empty, problem.Span, problem.Symbol is { } symbol ? $"{symbol}: {problem.Message}" : problem.Message);
}

if (result.Assembly is not { } image)
{
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllBytes(output, image);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ContentLint.PackCompiler: {scripts.Count} script rule(s) → {output} ({(trusted ? "trusted" : "sandboxed")})"));
return 0;

static void Report(string path, string text, TextSpan span, string message)
{
    var before = text.AsSpan(0, Math.Min(span.Start, text.Length));
    var line = before.Count('\n') + 1;
    var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column}): error CLPACK: {message}"));
}
