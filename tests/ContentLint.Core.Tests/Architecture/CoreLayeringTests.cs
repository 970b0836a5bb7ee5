namespace ContentLint.Core.Tests.Architecture;

/// <summary>
/// The top folders of src/ContentLint.Core form layers (issue 11): no folder uses, directly or through
/// others, a folder that uses it. Read from the sources with the semantic model, so a fully qualified
/// name or an extension method counts as much as a <c>using</c>.
/// </summary>
public sealed class CoreLayeringTests
{
    private static readonly Lazy<IReadOnlyList<FolderReference>> Core =
        new(() => CoreSourceGraph.Build(Path.Combine(RepoPaths.Root, "src", "ContentLint.Core")));

    [Fact]
    public void Core_folders_have_no_dependency_cycle()
    {
        var cycles = FolderCycles.Find(Core.Value);

        Assert.True(cycles.Count == 0, FolderCycles.Describe(cycles, Core.Value));
    }

    [Fact]
    public void Text_uses_no_other_folder_and_rule_descriptors_sit_below_the_parsers()
    {
        var fromText = Core.Value.Where(r => r.FromFolder == "Text").Select(r => $"{r.FromFile} uses {r.ToFolder}/{r.TypeName}").ToList();
        var layers = FolderCycles.Layers(Core.Value);

        Assert.True(fromText.Count == 0, "Text/ holds the positions every folder uses, so it may use none of them: " + string.Join("; ", fromText));
        Assert.True(layers is not null, "The folders of Core have a cycle: see Core_folders_have_no_dependency_cycle.");
        var order = string.Join(" < ", layers);
        Assert.True(layers.IndexOf("Diagnostics") < layers.IndexOf("Documents"), $"Diagnostics/ (rule descriptors, diagnostics) must sit below Documents/, whose parsers report diagnostics; the layers are {order}.");
        Assert.True(layers.IndexOf("Documents") < layers.IndexOf("Configuration"), $"Documents/ must sit below Configuration/ (parsers take IParseOptions); the layers are {order}.");
        Assert.True(layers.IndexOf("Rules") < layers.IndexOf("Engine"), $"Rules/ must sit below Engine/; the layers are {order}.");
    }

    [Fact]
    public void The_graph_counts_every_way_a_file_names_a_type_of_another_folder()
    {
        using var core = new TemporarySourceTree(new Dictionary<string, string>
        {
            ["Low/Span.cs"] = "namespace Demo.Low; public readonly record struct Span(int Start); public static class SpanExtensions { public static int End(this Span s) => s.Start; }",
            ["Low/Kind.cs"] = "namespace Demo.Low; public enum Kind { A }",
            ["High/Qualified.cs"] = "namespace Demo.High; public sealed class Qualified { public Demo.Low.Span At { get; } }",
            ["High/Aliased.cs"] = "using K = Demo.Low.Kind; namespace Demo.High; public static class Aliased { public static K Get() => default; }",
            ["High/Extension.cs"] = "using Demo.Low; namespace Demo.High; public static class Extension { public static int Of(object o) => o is Qualified q ? q.At.End() : 0; }",
            ["High/Unrelated.cs"] = "namespace Demo.High;\n/// <summary>Links <see cref=\"Demo.Low.Kind\"/> only.</summary>\npublic static class Unrelated { }",
        });

        var references = CoreSourceGraph.Build(core.Path);

        Assert.Contains(new FolderReference("High", "Low", "High/Qualified.cs", "Span"), references);
        Assert.Contains(new FolderReference("High", "Low", "High/Aliased.cs", "Kind"), references);
        Assert.Contains(new FolderReference("High", "Low", "High/Extension.cs", "SpanExtensions"), references);
        Assert.DoesNotContain(references, r => r.FromFile == "High/Unrelated.cs");
        Assert.DoesNotContain(references, r => r.FromFolder == "Low");
    }

    [Fact]
    public void A_cycle_is_reported_with_its_folders_the_files_that_make_it_and_how_to_fix_it()
    {
        FolderReference[] references =
        [
            new("Diagnostics", "Documents", "Diagnostics/Diagnostic.cs", "TextSpan"),
            new("Documents", "Diagnostics", "Documents/PostDocument.cs", "Diagnostic"),
            new("Engine", "Documents", "Engine/Linter.cs", "PostDocument"),
        ];

        var cycles = FolderCycles.Find(references);
        var message = FolderCycles.Describe(cycles, references);

        Assert.Equal(["Diagnostics", "Documents"], Assert.Single(cycles));
        Assert.Contains("Diagnostics → Documents → Diagnostics", message, StringComparison.Ordinal);
        Assert.Contains("Diagnostics → Documents (1 files): Diagnostics/Diagnostic.cs (TextSpan)", message, StringComparison.Ordinal);
        Assert.Contains("Documents → Diagnostics (1 files): Documents/PostDocument.cs (Diagnostic)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Engine/Linter.cs", message, StringComparison.Ordinal);
        Assert.Contains("Fix: cut the edge with the fewest files", message, StringComparison.Ordinal);
        Assert.Null(FolderCycles.Layers(references));
    }

    /// <summary>A folder of C# files written for one test and deleted after it.</summary>
    private sealed class TemporarySourceTree : IDisposable
    {
        public TemporarySourceTree(IReadOnlyDictionary<string, string> files)
        {
            Path = Directory.CreateTempSubdirectory("contentlint-layers-").FullName;
            foreach (var (name, text) in files)
            {
                var file = System.IO.Path.Combine(Path, name);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
