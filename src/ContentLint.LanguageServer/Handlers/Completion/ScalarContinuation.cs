using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>
/// Whether a YAML line (in a calendar or a front matter) continues a scalar that starts above it: a
/// block scalar's content (<c>text: |</c>), a thread item's or a variant's text, or the next line of a
/// plain or quoted scalar. Such a line is post text, where field names and values make no sense. As in
/// YAML, indentation decides: the nearest line above that is less indented owns the line; when the
/// owner does not open a scalar, the owner's own owner is asked in turn (it may be text itself).
/// </summary>
internal static class ScalarContinuation
{
    /// <summary>Keys whose text may start on the line below them (<c>text:</c>, then the text).</summary>
    private static readonly HashSet<string> TextKeys = new(StringComparer.Ordinal) { "text", "alt", "title", "content_warning" };

    /// <summary>True when <paramref name="line"/>, indented by <paramref name="indent"/>, is inside a scalar that starts above it (not above <paramref name="firstLine"/>).</summary>
    public static bool IsInside(string text, LineMap lines, int line, int indent, int firstLine)
    {
        while (Owner(text, lines, line, indent, firstLine) is { } owner)
        {
            var shape = YamlLineShape.Read(lines.GetLineText(owner));
            if (indent > shape.ContinuationColumn
                && (shape.Value is YamlValueKind.BlockScalar or YamlValueKind.Scalar
                    || (shape.Value is YamlValueKind.Empty && shape.Key is { } key && TextKeys.Contains(key))))
            {
                return true;
            }

            if (shape.Value is YamlValueKind.Flow)
            {
                return false; // A flow collection's next lines hold its items (channels: [x,\n bluesky]).
            }

            (line, indent) = (owner, shape.Indent);
        }

        return false;
    }

    /// <summary>The nearest line above <paramref name="line"/> that has content (not a comment) and is less indented than <paramref name="indent"/>.</summary>
    private static int? Owner(string text, LineMap lines, int line, int indent, int firstLine)
    {
        for (var i = line - 1; i >= firstLine && indent > 0; i--)
        {
            var span = lines.GetLineSpan(i);
            var content = text.AsSpan(span.Start, span.Length);
            var trimmed = content.TrimStart(' ');
            if (trimmed.IsWhiteSpace() || trimmed[0] == '#')
            {
                continue;
            }

            if (content.Length - trimmed.Length < indent)
            {
                return i;
            }
        }

        return null;
    }
}
