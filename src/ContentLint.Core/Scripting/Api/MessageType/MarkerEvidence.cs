using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>What a finding quotes for a marker (<see cref="TypeMarker.Evidence"/>): its characters on one line, shortened when long.</summary>
internal static partial class MarkerEvidence
{
    private const int MaxLength = 40;

    /// <summary>The characters of <paramref name="span"/> in <paramref name="text"/>, white space made single spaces, at most 40 characters.</summary>
    /// <param name="text">The text the marker was found in.</param>
    /// <param name="span">The marker's span.</param>
    /// <param name="keepEnd">True to keep the end when shortening (a question is quoted by its end, where the question mark is).</param>
    public static string Quote(string text, TextSpan span, bool keepEnd)
    {
        var quoted = WhiteSpace().Replace(text.Substring(span.Start, span.Length), " ");
        if (quoted.Length <= MaxLength)
        {
            return quoted;
        }

        return keepEnd ? "…" + quoted[^(MaxLength - 1)..].TrimStart() : quoted[..(MaxLength - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
