using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Scripting;

/// <summary>The class generated from a script, and the map of its copied segments back to the <c>.csx</c> file.</summary>
internal sealed record GeneratedSource(string Text, ImmutableArray<SourceSegment> Segments)
{
    /// <summary>True when the generated span lies inside text copied from the script (user code, not scaffolding).</summary>
    public bool IsUserCode(Microsoft.CodeAnalysis.Text.TextSpan span) =>
        Segments.Any(s => span.Start >= s.GeneratedStart && span.End <= s.GeneratedEnd);

    /// <summary>The script span for a generated span; outside user code, the start of the nearest segment before it.</summary>
    public TextSpan ToScript(Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        SourceSegment? before = null;
        foreach (var segment in Segments)
        {
            if (span.Start >= segment.GeneratedStart && span.Start <= segment.GeneratedEnd)
            {
                var start = segment.ScriptStart + (span.Start - segment.GeneratedStart);
                var end = Math.Min(segment.ScriptStart + segment.Length, start + span.Length);
                return TextSpan.FromBounds(start, end);
            }

            if (segment.GeneratedStart <= span.Start)
            {
                before = segment;
            }
        }

        return before is { } s ? new TextSpan(s.ScriptStart, 0) : default;
    }
}
