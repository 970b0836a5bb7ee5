using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Every node of a YAML stream once (an alias repeats a node it does not copy), sorted by where it
/// starts, with where its trimmed span ends: what a comment above a line covers, found without
/// walking the whole stream again for each comment.
/// </summary>
internal sealed class YamlNodeStarts
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public YamlNodeStarts(string text, YamlStream stream)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var spans = new List<(int Start, int End)>();
        foreach (var node in stream.Documents.SelectMany(d => d.AllNodes))
        {
            if (seen.Add(node))
            {
                spans.Add((node.GetSpan().Start, node.GetTrimmedSpan(text).End));
            }
        }

        spans.Sort();
        _starts = [.. spans.Select(s => s.Start)];
        _ends = [.. spans.Select(s => s.End)];
    }

    /// <summary>The furthest end of the nodes that start from <paramref name="first"/> to <paramref name="last"/> (both included), at least <paramref name="end"/>.</summary>
    public int FurthestEnd(int first, int last, int end)
    {
        var i = Array.BinarySearch(_starts, first);
        i = i < 0 ? ~i : LowestIndexOf(i);
        for (; i < _starts.Length && _starts[i] <= last; i++)
        {
            end = Math.Max(end, _ends[i]);
        }

        return end;
    }

    private int LowestIndexOf(int i)
    {
        while (i > 0 && _starts[i - 1] == _starts[i])
        {
            i--;
        }

        return i;
    }
}
