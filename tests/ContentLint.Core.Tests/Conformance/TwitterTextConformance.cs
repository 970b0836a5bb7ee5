using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Conformance;

/// <summary>Loads the twitter-text conformance files copied beside the test assembly (never edited).</summary>
internal static class TwitterTextConformance
{
    private static readonly Dictionary<string, IReadOnlyList<ConformanceCase>> Cache = new();

    /// <summary>Folder holding the copied files.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Conformance", "twitter-text");

    /// <summary>The cases of one section of one file, in file order.</summary>
    public static IReadOnlyList<ConformanceCase> Section(string file, string section)
    {
        var key = file + "#" + section;
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var cases))
            {
                cases = Load(file, section);
                Cache[key] = cases;
            }

            return cases;
        }
    }

    /// <summary>Theory rows (file, section, index, description) for every case of the sections.</summary>
    public static TheoryData<string, string, int, string> Rows(string file, params string[] sections)
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var section in sections)
        {
            var cases = Section(file, section);
            for (var i = 0; i < cases.Count; i++)
            {
                data.Add(file, section, i, cases[i].Description);
            }
        }

        return data;
    }

    /// <summary>The case a theory row names.</summary>
    public static ConformanceCase Get(string file, string section, int index) => Section(file, section)[index];

    private static List<ConformanceCase> Load(string file, string section)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, file)))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var tests = (YamlMappingNode)root.Children[new YamlScalarNode("tests")];
        var list = (YamlSequenceNode)tests.Children[new YamlScalarNode(section)];
        var cases = new List<ConformanceCase>();
        foreach (var item in list.Children.Cast<YamlMappingNode>())
        {
            var description = ((YamlScalarNode)item.Children[new YamlScalarNode("description")]).Value ?? string.Empty;
            var text = ((YamlScalarNode)item.Children[new YamlScalarNode("text")]).Value ?? string.Empty;
            cases.Add(new ConformanceCase(description, text, item.Children[new YamlScalarNode("expected")]));
        }

        return cases;
    }
}
