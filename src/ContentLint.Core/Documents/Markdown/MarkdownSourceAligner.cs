using ContentLint.Core.Text;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Writes a string that Markdig derived from a source range (a literal, a code span, a code line)
/// so that every character equal to its source character maps verbatim. Characters Markdig dropped
/// (a code span's padding space, a block quote's <c>&gt;</c> on a continuation line) are skipped; a
/// line ending that became a space, or a character that Markdig replaced, is written as synthetic
/// text standing for its source characters.
/// </summary>
internal static class MarkdownSourceAligner
{
    /// <summary>Writes <paramref name="content"/>, found in the source between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static void Append(MarkdownTextWriter writer, string content, int start, int end)
    {
        var source = writer.Source;
        int i = 0, j = start;
        while (i < content.Length)
        {
            if (j >= end)
            {
                writer.Synthetic(content[i..], new TextSpan(end, 0));
                return;
            }

            if (source[j] == content[i])
            {
                var n = 1;
                while (i + n < content.Length && j + n < end && source[j + n] == content[i + n])
                {
                    n++;
                }

                writer.Verbatim(j, n);
                i += n;
                j += n;
            }
            else if (content[i] == ' ' && source[j] is '\r' or '\n')
            {
                var k = SkipLineBreakAndPrefix(source, j, end);
                writer.Synthetic(" ", TextSpan.FromBounds(j, k));
                i++;
                j = k;
            }
            else if (IsReplaced(source, content, i, j, end))
            {
                writer.Synthetic(content[i].ToString(), new TextSpan(j, 1));
                i++;
                j++;
            }
            else
            {
                j++;
            }
        }
    }

    private static bool IsReplaced(string source, string content, int i, int j, int end) =>
        i + 1 < content.Length
            ? j + 1 < end && source[j + 1] == content[i + 1]
            : j + 1 >= end;

    private static int SkipLineBreakAndPrefix(string source, int j, int end)
    {
        var k = j;
        if (source[k] == '\r')
        {
            k++;
        }

        if (k < end && source[k] == '\n')
        {
            k++;
        }

        while (k < end && source[k] is ' ' or '\t' or '>')
        {
            k++;
        }

        return k;
    }
}
