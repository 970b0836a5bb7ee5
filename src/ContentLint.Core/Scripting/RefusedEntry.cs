using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting;

/// <summary>The problems of a refused script as cached: one line each, kind, start, length, then symbol and message in base64.</summary>
internal static class RefusedEntry
{
    public static string Format(IReadOnlyList<ScriptProblem> problems)
    {
        var text = new StringBuilder();
        foreach (var p in problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(int)p.Kind}\t{p.Span.Start}\t{p.Span.Length}\t{Encode(p.Symbol)}\t{Encode(p.Message)}\n");
        }

        return text.ToString();
    }

    /// <summary>The problems, or null when the text is not a well-formed entry (treated as a miss).</summary>
    public static ImmutableArray<ScriptProblem>? Parse(string text)
    {
        var problems = ImmutableArray.CreateBuilder<ScriptProblem>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length != 5 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out var kind) || !Enum.IsDefined((ScriptProblemKind)kind)
                || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var start) || !int.TryParse(f[2], CultureInfo.InvariantCulture, out var length)
                || Decode(f[4]) is not { } message)
            {
                return null;
            }

            problems.Add(new ScriptProblem((ScriptProblemKind)kind, new TextSpan(start, length), message, Decode(f[3])));
        }

        return problems.Count == 0 ? null : problems.ToImmutable();
    }

    private static string Encode(string? value) => value is null ? "-" : Convert.ToBase64String(Encoding.UTF8.GetBytes(value));

    private static string? Decode(string value)
    {
        if (value == "-")
        {
            return null;
        }

        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
