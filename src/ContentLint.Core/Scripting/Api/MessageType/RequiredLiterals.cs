namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Reads a pattern's text and finds literals one of which every match contains ("svp", "c'est nul", " que"…), so a
/// text holding none of them need not be searched (<see cref="MarkerPrefilter"/>). Derived from the pattern itself, the
/// one source: a term added to a list is in the pattern, hence here. Conservative: a construct it does not know
/// (inline options, back-references, class subtraction) gives no literals, never wrong ones.
/// </summary>
internal static class RequiredLiterals
{
    // Above this many strings a set of exact matches is no longer tracked (cross products grow fast).
    private const int MaxExact = 256;

    // A class with more characters than this matches "anything" for our purpose.
    private const int MaxClass = 16;

    private static readonly HashSet<string> Empty = [""];

    /// <summary>What one part of a pattern can match.</summary>
    /// <param name="Exact">Every string it can match, or null when too many or unknown.</param>
    /// <param name="Required">Literals one of which every match contains, or null when none is known.</param>
    private sealed record Facts(HashSet<string>? Exact, HashSet<string>? Required)
    {
        public HashSet<string>? Needed => Required ?? (Exact is { } exact && !exact.Contains("") ? exact : null);
    }

    /// <summary>The literals one of which every match of <paramref name="pattern"/> contains, or null when none is known.</summary>
    /// <param name="pattern">A .NET pattern, read with no options that change what a literal means (no IgnoreCase, no IgnorePatternWhitespace).</param>
    public static IReadOnlySet<string>? Of(string pattern)
    {
        try
        {
            var reader = new PatternReader(pattern);
            var facts = reader.ReadAlternation();
            return reader.AtEnd ? facts.Needed : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Facts Literal(HashSet<string> strings) => new(strings, null);

    private static readonly Facts Anything = new(null, null);

    private static Facts Concatenate(List<Facts> parts)
    {
        HashSet<string>? exact = Empty, run = Empty, best = null;
        foreach (var part in parts)
        {
            exact = exact is null || part.Exact is null ? null : Product(exact, part.Exact);
            if (part.Exact is { } strings && Product(run, strings) is { } longer)
            {
                run = longer;
                continue;
            }

            best = Better(best, run);
            best = Better(best, part.Needed);
            run = part.Exact ?? Empty;
        }

        return new Facts(exact, Better(best, run));
    }

    private static Facts Alternate(List<Facts> branches)
    {
        HashSet<string>? exact = new(StringComparer.Ordinal), required = new(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            exact = branch.Exact is { } strings && exact is not null && exact.Count + strings.Count <= MaxExact ? Union(exact, strings) : null;
            required = branch.Needed is { } needed && required is not null ? Union(required, needed) : null;
        }

        return new Facts(exact, required);
    }

    // Adds to a set this class made for the purpose, never to a part's own.
    private static HashSet<string> Union(HashSet<string> into, HashSet<string> more)
    {
        into.UnionWith(more);
        return into;
    }

    private static Facts Repeat(Facts part, int min, int max) => min switch
    {
        0 when max == 1 && part.Exact is { } exact => new Facts([.. exact, ""], null),
        0 => Anything,
        1 when max == 1 => part,
        _ => new Facts(null, part.Needed),
    };

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if (left.Count * right.Count > MaxExact)
        {
            return null;
        }

        var product = new HashSet<string>(left.Count * right.Count, StringComparer.Ordinal);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                product.Add(l + r);
            }
        }

        return product;
    }

    // The more selective set: the longer shortest literal, then the fewer literals. A set that can be empty requires nothing.
    private static HashSet<string>? Better(HashSet<string>? current, HashSet<string>? candidate)
    {
        if (candidate is null || candidate.Contains(""))
        {
            return current;
        }

        if (current is null)
        {
            return candidate;
        }

        var (a, b) = (Shortest(current), Shortest(candidate));
        return b > a || (b == a && candidate.Count < current.Count) ? candidate : current;
    }

    private static int Shortest(HashSet<string> strings)
    {
        var shortest = int.MaxValue;
        foreach (var s in strings)
        {
            shortest = Math.Min(shortest, s.Length);
        }

        return shortest;
    }

    private sealed class PatternReader(string pattern) : PatternScanner(pattern)
    {
        public Facts ReadAlternation()
        {
            var branches = new List<Facts> { ReadConcatenation() };
            while (Accept('|'))
            {
                branches.Add(ReadConcatenation());
            }

            return branches.Count == 1 ? branches[0] : Alternate(branches);
        }

        private Facts ReadConcatenation()
        {
            var parts = new List<Facts>();
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var atom = ReadLiteralRun() is { } literal ? Literal([literal]) : ReadAtom();
                parts.Add(ReadQuantifier() is { } times ? Repeat(atom, times.Min, times.Max) : atom);
            }

            return Concatenate(parts);
        }

        private Facts ReadAtom()
        {
            var c = Next();
            switch (c)
            {
                case '(':
                    var lookaround = ReadGroupOpening();
                    var inner = ReadAlternation();
                    Expect(')');
                    return lookaround ? Literal(Empty) : inner;
                case '[':
                    return ReadClass(MaxClass) is { } chars ? Literal(chars) : Anything;
                case '\\':
                    return ReadEscape(inClass: false) is { } set ? Literal(set) : Anything;
                case '^' or '$':
                    return Literal(Empty);
                case '.':
                    return Anything;
                default:
                    return Literal([c.ToString()]);
            }
        }
    }
}
