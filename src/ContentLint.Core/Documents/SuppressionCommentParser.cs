using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// Parses the inside of a suppression comment, in Markdown (<c>&lt;!-- contentlint-disable-next-line CL2001 -- reason --&gt;</c>)
/// or YAML (<c># contentlint-disable CL2001, CL4002</c>).
/// </summary>
public static partial class SuppressionCommentParser
{
    /// <summary>
    /// Parses the comment body at <paramref name="bodyStart"/>..<paramref name="bodyEnd"/> of <paramref name="source"/>.
    /// Returns null when it is an ordinary comment.
    /// </summary>
    /// <param name="source">The whole file.</param>
    /// <param name="bodyStart">Start of the comment's inside (after <c>&lt;!--</c> or <c>#</c>).</param>
    /// <param name="bodyEnd">End of the comment's inside (before <c>--&gt;</c> or the line end).</param>
    /// <param name="commentSpan">The whole comment, delimiters included.</param>
    public static (SuppressionKind Kind, ImmutableArray<Located<string>> Rules, string? Reason)? Parse(string source, int bodyStart, int bodyEnd, TextSpan commentSpan)
    {
        var body = source.AsSpan(bodyStart, bodyEnd - bodyStart);
        var match = Directive().Match(source, bodyStart, bodyEnd - bodyStart);
        if (!match.Success || body.Trim().Length == 0)
        {
            return null;
        }

        var kind = match.Groups["kind"].Value switch
        {
            "disable-next-line" => SuppressionKind.DisableNextLine,
            "disable" => SuppressionKind.Disable,
            _ => SuppressionKind.Enable,
        };

        var rest = match.Groups["rest"];
        var restText = rest.Value;
        var reasonAt = ReasonSeparator().Match(restText);
        var rulesText = reasonAt.Success ? restText[..reasonAt.Index] : restText;
        var reason = reasonAt.Success ? restText[(reasonAt.Index + reasonAt.Length)..].Trim() : null;

        var rules = ImmutableArray.CreateBuilder<Located<string>>();
        // Every word of the list is a name, valid or not: a malformed one (`2006`, `[CL2006]`) is then
        // reported as an unknown rule (CL0012) instead of leaving an empty list, which means "every rule".
        foreach (Match token in RuleToken().Matches(rulesText))
        {
            var name = token.Value.TrimEnd('.', ';', ':', '!', '?');
            if (name.Length > 0)
            {
                rules.Add(new Located<string>(name, new TextSpan(rest.Index + token.Index, name.Length)));
            }
        }

        if (rules.Count == 0 && rulesText.AsSpan().Trim().Length > 0)
        {
            var at = rulesText.Length - rulesText.TrimStart().Length;
            var written = rulesText.Trim();
            rules.Add(new Located<string>(written, new TextSpan(rest.Index + at, written.Length)));
        }

        return (kind, rules.ToImmutable(), string.IsNullOrEmpty(reason) ? null : reason);
    }

    /// <summary>
    /// The span to delete to remove a comment: its whole line (with the line break) when nothing else
    /// is on that line, else the comment and the blanks before it.
    /// </summary>
    public static TextSpan RemovalSpan(SourceDocument document, TextSpan comment)
    {
        var lines = document.Lines;
        var line = lines.GetPosition(comment.Start).Line;
        var lineSpan = lines.GetLineSpan(line);
        var text = document.Text;
        var before = text.AsSpan(lineSpan.Start, comment.Start - lineSpan.Start);
        var after = comment.End <= lineSpan.End ? text.AsSpan(comment.End, lineSpan.End - comment.End) : [];
        if (before.IsWhiteSpace() && after.IsWhiteSpace() && comment.End <= lineSpan.End)
        {
            return lines.GetLineSpanIncludingBreak(line);
        }

        var start = comment.Start;
        while (start > lineSpan.Start && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return TextSpan.FromBounds(start, comment.End);
    }

    /// <summary>The span to delete to remove one rule from a comment that names several.</summary>
    public static TextSpan RuleRemovalSpan(ImmutableArray<Located<string>> rules, int index) =>
        index > 0
            ? TextSpan.FromBounds(rules[index - 1].Span.End, rules[index].Span.End)
            : TextSpan.FromBounds(rules[0].Span.Start, rules[1].Span.Start);

    /// <summary>What every directive starts with: a text without it holds no suppression comment.</summary>
    public const string Marker = "contentlint-";

    [GeneratedRegex(@"\G\s*" + Marker + @"(?<kind>disable-next-line|disable|enable)(?=\s|$)(?<rest>.*)\z", RegexOptions.Singleline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"(?:^|\s)--(?:\s|$)")]
    private static partial Regex ReasonSeparator();

    [GeneratedRegex(@"[^\s,]+")]
    private static partial Regex RuleToken();
}
