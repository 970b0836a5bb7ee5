using System.Text;

namespace ContentLint.Core.Tests.Architecture;

/// <summary>The folder cycles of a reference graph (its strongly connected components), and a report that says how to break them.</summary>
internal static class FolderCycles
{
    private const int FilesShownPerEdge = 6;

    /// <summary>Each group of folders that reach one another (two or more), its folders sorted.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<FolderReference> references)
    {
        var edges = Edges(references);
        var folders = edges.Keys.Concat(edges.Values.SelectMany(t => t)).Distinct().Order(StringComparer.Ordinal).ToList();
        var groups = new List<IReadOnlyList<string>>();
        var assigned = new HashSet<string>();
        foreach (var folder in folders.Where(f => !assigned.Contains(f)))
        {
            var reachable = Reach(edges, folder);
            var group = folders.Where(other => reachable.Contains(other) && Reach(edges, other).Contains(folder)).ToList();
            assigned.UnionWith(group);
            if (group.Count > 1)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>The folders from bottom to top when there is no cycle (each after every folder it uses), else null.</summary>
    public static List<string>? Layers(IReadOnlyList<FolderReference> references)
    {
        var edges = Edges(references);
        var remaining = edges.Keys.Concat(edges.Values.SelectMany(t => t)).ToHashSet(StringComparer.Ordinal);
        var order = new List<string>();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(f => !edges.GetValueOrDefault(f, []).Any(remaining.Contains)).Order(StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                return null;
            }

            order.AddRange(ready);
            remaining.ExceptWith(ready);
        }

        return order;
    }

    /// <summary>A failure message naming each cycle, the files and types that make each of its edges, and how to fix it.</summary>
    public static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles, IReadOnlyList<FolderReference> references)
    {
        var text = new StringBuilder();
        foreach (var group in cycles)
        {
            text.AppendLine($"Folders of src/ContentLint.Core that depend on each other: {string.Join(" → ", ShortestCycle(Edges(references), group))}.");
            var inside = references.Where(r => group.Contains(r.FromFolder) && group.Contains(r.ToFolder));
            // Fewest files first: those edges are the cheapest to cut.
            var edges = inside.GroupBy(r => (r.FromFolder, r.ToFolder))
                .Select(edge => (edge.Key, Files: edge.GroupBy(r => r.FromFile).OrderBy(f => f.Key, StringComparer.Ordinal).ToList()))
                .OrderBy(edge => edge.Files.Count).ThenBy(edge => edge.Key.FromFolder, StringComparer.Ordinal).ThenBy(edge => edge.Key.ToFolder, StringComparer.Ordinal);
            foreach (var (edge, files) in edges)
            {
                var shown = files.Take(FilesShownPerEdge).Select(f => $"{f.Key} ({string.Join(", ", f.Select(r => r.TypeName).Distinct().Order(StringComparer.Ordinal))})");
                var more = files.Count > FilesShownPerEdge ? $", and {files.Count - FilesShownPerEdge} more files" : string.Empty;
                text.AppendLine($"  {edge.FromFolder} → {edge.ToFolder} ({files.Count} files): {string.Join("; ", shown)}{more}");
            }
        }

        text.AppendLine(
            "Fix: cut the edge with the fewest files. Move a type both folders need down into the lower folder (positions live in Text/; "
            + "rule descriptors, severities and diagnostics in Diagnostics/), or let the lower folder own a small interface that the upper one implements "
            + "(as Documents/IParseOptions and Channels/IChannelOptions are implemented by LintConfiguration). Keep namespace = folder, "
            + "add the new namespace to the script usings (ScriptTranslator.GlobalUsings) and SandboxPolicy when scripts use the type, and record a moved type in tools/core-layers.py.");
        return text.ToString();
    }

    private static Dictionary<string, HashSet<string>> Edges(IReadOnlyList<FolderReference> references)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var reference in references.Where(r => r.FromFolder != r.ToFolder))
        {
            if (!edges.TryGetValue(reference.FromFolder, out var targets))
            {
                edges[reference.FromFolder] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.Add(reference.ToFolder);
        }

        return edges;
    }

    private static HashSet<string> Reach(Dictionary<string, HashSet<string>> edges, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(edges.GetValueOrDefault(start, []));
        while (pending.TryPop(out var folder))
        {
            if (seen.Add(folder))
            {
                foreach (var next in edges.GetValueOrDefault(folder, []))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    // Breadth-first from the group's first folder back to itself, inside the group: the shortest cycle through it.
    private static List<string> ShortestCycle(Dictionary<string, HashSet<string>> edges, IReadOnlyList<string> group)
    {
        var start = group[0];
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var folder))
        {
            foreach (var next in edges.GetValueOrDefault(folder, []).Where(group.Contains).Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = folder; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException($"No cycle through {start} although its group is {string.Join(", ", group)}.");
    }
}
