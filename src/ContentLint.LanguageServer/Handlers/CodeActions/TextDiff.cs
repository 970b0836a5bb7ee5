using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>The smallest single edit that turns one text into another (common prefix and suffix kept).</summary>
internal static class TextDiff
{
    public static TextEdit SingleEdit(string before, string after)
    {
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var maxSuffix = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;
        while (suffix < maxSuffix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        // Never split a CRLF or a surrogate pair between the kept and the replaced text.
        while (prefix > 0 && (char.IsHighSurrogate(before[prefix - 1]) || before[prefix - 1] == '\r'))
        {
            prefix--;
        }

        while (suffix > 0 && (char.IsLowSurrogate(before[^suffix]) || before[^suffix] == '\n'))
        {
            suffix--;
        }

        var span = TextSpan.FromBounds(prefix, before.Length - suffix);
        return new TextEdit(span, after.Substring(prefix, after.Length - suffix - prefix));
    }
}
