namespace ContentLint.Bench.LspTyping;

/// <summary>
/// A throw-away workspace for the benchmark: contentlint.yaml with <c>rules: [rules]</c>, and N script
/// rules made from the documented examples (docs/examples/scripts) under new IDs, so the server runs
/// the default pack plus N compiled scripts.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public Workspace(string repositoryRoot, int scripts)
    {
        Root = Directory.CreateTempSubdirectory("contentlint-lsp-bench-").FullName;
        CacheDirectory = Path.Combine(Root, ".cache");
        File.WriteAllText(Path.Combine(Root, "contentlint.yaml"), "rules: [rules]\n");
        Directory.CreateDirectory(Path.Combine(Root, "rules"));
        Directory.CreateDirectory(Path.Combine(Root, "posts"));
        var examples = Directory.GetFiles(Path.Combine(repositoryRoot, "docs", "examples", "scripts"), "*.csx").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < scripts; i++)
        {
            var source = File.ReadAllText(examples[i % examples.Length]);
            var id = $"BENCH{i + 1:000}";
            var text = System.Text.RegularExpressions.Regex.Replace(source, @"(?m)^id: \S+", $"id: {id}");
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^name: (\S+)", $"name: $1-{i + 1}");
            File.WriteAllText(ScriptPath(i), text);
        }
    }

    public string Root { get; }

    public string CacheDirectory { get; }

    public string PostUri => new Uri(Path.Combine(Root, "posts", "typing.md")).AbsoluteUri;

    public string ScriptPath(int index) => Path.Combine(Root, "rules", $"BENCH{index + 1:000}.csx");

    /// <summary>Edits a script (a new comment line), so the next reload must recompile it.</summary>
    public string Touch(int index, int generation)
    {
        var path = ScriptPath(index);
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("// generation", StringComparison.Ordinal)).Append($"// generation {generation}");
        File.WriteAllLines(path, lines);
        return new Uri(path).AbsoluteUri;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
