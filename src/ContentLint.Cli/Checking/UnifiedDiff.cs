namespace ContentLint.Cli.Checking;

/// <summary>
/// A unified diff (git style: <c>a/</c> and <c>b/</c> prefixes, 3 lines of context) between two
/// texts, for <c>check --fix --diff</c>; <c>git apply</c> and <c>patch -p1</c> apply it. Lines keep
/// their own endings (CRLF stays CRLF); a last line without one is marked as diff marks it. The line
/// matching is Myers' O((N+M)·D) algorithm: fixes change few lines, so D is small.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="path"/> from <paramref name="before"/> to <paramref name="after"/>, or "" when equal.</summary>
    public static string Create(string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Edits(a, b);
        if (edits.All(e => e.Kind == ' '))
            return "";
        var text = new System.Text.StringBuilder();
        text.Append("diff --git a/").Append(path).Append(" b/").Append(path).Append('\n');
        text.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        foreach (var (start, end) in Hunks(edits))
        {
            var oldStart = edits[start].OldIndex;
            var newStart = edits[start].NewIndex;
            var oldCount = edits.Skip(start).Take(end - start).Count(e => e.Kind != '+');
            var newCount = edits.Skip(start).Take(end - start).Count(e => e.Kind != '-');
            text.Append($"@@ -{HunkStart(oldStart, oldCount)},{oldCount} +{HunkStart(newStart, newCount)},{newCount} @@\n");
            for (var i = start; i < end; i++)
            {
                var line = edits[i].Kind == '+' ? b[edits[i].NewIndex] : a[edits[i].OldIndex];
                text.Append(edits[i].Kind).Append(line);
                if (!line.EndsWith('\n'))
                    text.Append("\n\\ No newline at end of file\n");
            }
        }

        return text.ToString();
    }

    // An empty side of a hunk is numbered by the line before it (diff's convention).
    private static int HunkStart(int index, int count) => count == 0 ? index : index + 1;

    private readonly record struct Edit(char Kind, int OldIndex, int NewIndex);

    /// <summary>Lines with their line endings; no empty last entry.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
            lines.Add(text[start..]);
        return [.. lines];
    }

    /// <summary>Ranges of edits to print: each run of changes with its context; changes closer than twice the context share a hunk.</summary>
    private static List<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var hunks = new List<(int Start, int End)>();
        var changes = Enumerable.Range(0, edits.Count).Where(i => edits[i].Kind != ' ');
        foreach (var change in changes)
        {
            var (start, end) = (Math.Max(0, change - Context), Math.Min(edits.Count, change + Context + 1));
            if (hunks.Count > 0 && hunks[^1].End >= start)
                hunks[^1] = (hunks[^1].Start, end);
            else
                hunks.Add((start, end));
        }

        return hunks;
    }

    /// <summary>Myers' shortest edit script between <paramref name="a"/> and <paramref name="b"/>, as kept, removed and added lines in order.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                    return Backtrack(trace, a.Length, b.Length, offset);
            }
        }

        throw new InvalidOperationException("unreachable: an edit script of at most N+M steps always exists");
    }

    private static List<Edit> Backtrack(List<int[]> trace, int x, int y, int offset)
    {
        var edits = new List<Edit>();
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = d == 0 ? 0 : v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
                edits.Add(new Edit(' ', --x, --y));
            if (d > 0)
                edits.Add(x == previousX ? new Edit('+', x, --y) : new Edit('-', --x, y));
        }

        edits.Reverse();
        return edits;
    }
}
