using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// The nodes of a YAML stream sorted by the offset that introduces them (<see cref="YamlLineOwners"/>:
/// a value's key, an item's dash), with where each trimmed span ends: what a comment above a line
/// covers, found by binary search instead of walking the whole stream again for each comment.
/// </summary>
internal sealed class YamlNodeStarts
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public YamlNodeStarts(string text, YamlStream stream, string yaml)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (node, introducedAt) in YamlLineOwners.Of(stream, yaml))
        {
            spans.Add((introducedAt, node.GetTrimmedSpan(text).End));
        }

        spans.Sort();
        _starts = [.. spans.Select(s => s.Start)];
        _ends = [.. spans.Select(s => s.End)];
    }

    /// <summary>The furthest end of the nodes introduced from <paramref name="first"/> to <paramref name="last"/> (both included), at least <paramref name="end"/>.</summary>
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
