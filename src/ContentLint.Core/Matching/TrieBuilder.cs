namespace ContentLint.Core.Matching;

/// <summary>Builds the Aho–Corasick trie of a term list and compiles it into a transition table.</summary>
internal sealed class TrieBuilder(int columns)
{
    private readonly List<int[]> _children = [new int[columns]];
    private readonly List<List<int>> _outputs = [[]];

    public void Insert(IEnumerable<int> symbols, int term)
    {
        var state = 0;
        foreach (var symbol in symbols)
        {
            if (_children[state][symbol] == 0)
            {
                _children[state][symbol] = _children.Count;
                _children.Add(new int[columns]);
                _outputs.Add([]);
            }

            state = _children[state][symbol];
        }

        _outputs[state].Add(term);
    }

    /// <summary>The full transition table (failure links folded in, breadth first) and each state's outputs.</summary>
    public (int[] Delta, int[][] Outputs) Compile()
    {
        var count = _children.Count;
        var delta = new int[count * columns];
        var fail = new int[count];
        var outputs = new int[count][];
        outputs[0] = [.. _outputs[0]];
        var queue = new Queue<int>();
        for (var symbol = 1; symbol < columns; symbol++)
        {
            var child = _children[0][symbol];
            delta[symbol] = child;
            if (child != 0)
            {
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. _outputs[state], .. outputs[fail[state]]];
            for (var symbol = 1; symbol < columns; symbol++)
            {
                var child = _children[state][symbol];
                if (child == 0)
                {
                    delta[(state * columns) + symbol] = delta[(fail[state] * columns) + symbol];
                    continue;
                }

                fail[child] = delta[(fail[state] * columns) + symbol];
                delta[(state * columns) + symbol] = child;
                queue.Enqueue(child);
            }
        }

        return (delta, outputs);
    }
}
