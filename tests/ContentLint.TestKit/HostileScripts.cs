namespace ContentLint.TestKit;

/// <summary>
/// The hostile-script suite, <c>tests/hostile-scripts/*.csx</c>: each file is one attempt to take the
/// linter down, a script rule with a unique ID whose comment lines after the header say what it tries
/// (<c>// class: …</c>) and which engine finding must stop it (<c>// expect: CL0030</c>, or
/// <c>CL0030 | CL0032</c> when either line of defence may: the sandbox refusing it at load, or the
/// rule host catching it at run time). <c>// &lt;- here</c> marks the line a load-time finding points at.
/// </summary>
/// <param name="FileName">The file's name.</param>
/// <param name="Id">The rule's ID.</param>
/// <param name="Expected">Engine rules that may stop it.</param>
/// <param name="MarkedLine">The 1-based line marked <c>// &lt;- here</c>, or null.</param>
/// <param name="Text">The whole file.</param>
public sealed record HostileScript(string FileName, string Id, IReadOnlyList<string> Expected, int? MarkedLine, string Text)
{
    /// <summary>The well-behaved script rule checked beside the hostile ones: its finding on "Globex" must survive them.</summary>
    public const string WellBehavedRule = """
        /*---
        id: ACME001
        name: no-competitor
        title: Competitor names are not mentioned.
        category: brand-voice
        severity: warning
        message: "Mention of competitor '{name}'"
        ---*/
        foreach (var word in Tokens.Words.Where(w => w.Text == "Globex"))
            Report(word.Span, ("name", word.Text));
        """;

    /// <summary>
    /// The compile budget, in milliseconds, that the suites running these scripts through the real
    /// executable give it (<c>CONTENTLINT_COMPILE_BUDGET_MS</c>; 15 s by default): a compile bomb is stopped
    /// on the same path, in a third of the time, while a cold compilation of a well-behaved script in a new
    /// rule host (the compiler's own start included) stays far below it.
    /// </summary>
    public const string CompileBudgetMs = "5000";

    /// <summary>The suite's folder.</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "hostile-scripts");

    /// <summary>Every script of the suite, by file name.</summary>
    public static IReadOnlyList<HostileScript> All { get; } = [.. Directory.EnumerateFiles(Folder, "*.csx").Order(StringComparer.Ordinal).Select(Read)];

    /// <summary>The attempt's class: the file name up to its first dash (<c>crash</c>, <c>oom</c>, <c>hang</c>, <c>compile</c>, <c>policy</c>).</summary>
    public string Class => FileName[..FileName.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>
    /// The suite cut into groups of at most <paramref name="size"/> scripts of one class, in a stable
    /// order: one CLI run checks a group (a host crash is attributed by bisection, so grouping keeps
    /// attribution exact while sharing the process start-up). A class is cut into groups of nearly
    /// equal size (9 scripts by 8 make 5 and 4, not 8 and 1), so no group is much longer than another.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<HostileScript>> Groups(int size) =>
        [.. All.GroupBy(s => s.Class).SelectMany(c => Even([.. c], size))];

    private static IEnumerable<IReadOnlyList<HostileScript>> Even(HostileScript[] scripts, int size)
    {
        var count = (scripts.Length + size - 1) / size;
        return Enumerable.Range(0, count).Select(i => (IReadOnlyList<HostileScript>)scripts[(i * scripts.Length / count)..((i + 1) * scripts.Length / count)]);
    }

    private static HostileScript Read(string path)
    {
        var lines = File.ReadAllLines(path);
        string Field(string prefix) =>
            lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim()
            ?? throw new InvalidDataException($"{path} has no '{prefix}' line.");
        var marked = Array.FindIndex(lines, l => l.Contains("// <- here", StringComparison.Ordinal));
        var expected = Field("// expect:").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new HostileScript(Path.GetFileName(path), Field("id:"), expected, marked < 0 ? null : marked + 1, File.ReadAllText(path));
    }
}
