using System.Security.Cryptography;
using System.Text;
using ContentLint.Cli.Formatters;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Cli.Baselines;

/// <summary>
/// The identity of a finding that survives edits elsewhere in its file: the rule, the file's path
/// relative to its configuration root, the post id, the matched text and its context on the same
/// line (up to <see cref="ContextLength"/> characters each side, whitespace runs collapsed) — never
/// the line number. Used by the baseline and by SARIF's <c>partialFingerprints</c>. The baseline also
/// keeps <see cref="TextHash"/> (the same without the context), its second chance when the words beside
/// a finding were edited.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>Characters of context kept before and after the match.</summary>
    public const int ContextLength = 40;

    /// <summary>
    /// The hash of everything but the occurrence: two findings with the same hash in one report (the
    /// same text twice in a post) are told apart by <see cref="Format"/>'s occurrence index.
    /// </summary>
    public static string Hash(Finding finding, SourceDocument? source, string rootRelativePath)
    {
        var (before, matched, after) = source is null ? (string.Empty, string.Empty, string.Empty) : Around(source, finding.Span);
        return Sha(finding.RuleId, rootRelativePath, finding.PostId ?? string.Empty, matched, Normalize(before), Normalize(after));
    }

    /// <summary>
    /// The hash of the rule, path, post and matched text alone: what still identifies a finding after
    /// the words beside it changed (its neighbour on the line was fixed, say). Not unique in a post.
    /// </summary>
    public static string TextHash(Finding finding, SourceDocument? source, string rootRelativePath)
    {
        var matched = source is null ? string.Empty : Around(source, finding.Span).Matched;
        return Sha(finding.RuleId, rootRelativePath, finding.PostId ?? string.Empty, matched);
    }

    private static string Sha(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))).AsSpan(0, 16));

    /// <summary>The fingerprint as written: the hash, a colon and the 0-based occurrence index.</summary>
    public static string Format(string hash, int occurrence) => $"{hash}:{occurrence}";

    private static (string Before, string Matched, string After) Around(SourceDocument source, TextSpan span)
    {
        var text = source.Text;
        var (start, end, lineStart, _) = LineBounds.Of(text, span.Start, span.End);
        // The context after a span that runs over several lines is on its last line.
        var lineEnd = LineBounds.Of(text, end, end).LineEnd;
        var before = text[Math.Max(lineStart, start - ContextLength)..start];
        var after = text[end..Math.Min(lineEnd, end + ContextLength)];
        return (before, text[start..end], after);
    }

    /// <summary>Whitespace runs as one space, trimmed: re-indenting or re-wrapping spaces keeps the fingerprint.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
