using System.Globalization;

namespace ContentLint.Core.Channels.Counting.Mastodon;

/// <summary>
/// Mastodon's mention extraction (<c>Extractor.extract_mentions_or_lists_with_indices</c> with
/// <c>Account::MENTION_RE</c>): <c>(?&lt;![=/[:word:]])@(username)(@domain)?</c> where the username is
/// <c>[a-z0-9_]+([.-]+[a-z0-9_]+)*</c> (case-insensitive) and the domain <c>[[:word:]]+([.-]+[[:word:]]+)*</c>;
/// a match followed by <c>@</c>, a Latin accented letter or <c>://</c> is dropped, as is a domain over 253 characters.
/// </summary>
public static class MastodonMentionExtractor
{
    private const int MaxDomainLength = 253;

    /// <summary>The mentions in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<MastodonMention> Extract(ReadOnlySpan<char> text)
    {
        List<MastodonMention>? mentions = null;
        var index = 0;
        while (TryMatchNext(text, index, out var mention, out var matchEnd))
        {
            index = matchEnd;
            if (mention is { } found)
            {
                (mentions ??= []).Add(found);
            }
        }

        return mentions ?? (IReadOnlyList<MastodonMention>)[];
    }

    /// <summary>Finds the next regex match from <paramref name="from"/>; <paramref name="mention"/> is null when the match is rejected.</summary>
    internal static bool TryMatchNext(ReadOnlySpan<char> text, int from, out MastodonMention? mention, out int matchEnd)
    {
        for (var at = NextAt(text, from); at >= 0; at = NextAt(text, at + 1))
        {
            if (at > 0 && IsBlockedBefore(text, at))
            {
                continue;
            }

            var usernameEnd = MatchDotted(text, at + 1, IsUsernameChar);
            if (usernameEnd < 0)
            {
                continue;
            }

            var end = usernameEnd;
            if (end + 1 < text.Length && text[end] == '@')
            {
                var domainEnd = MatchDotted(text, end + 1, IsWordChar);
                end = domainEnd > 0 ? domainEnd : end;
            }

            matchEnd = end;
            var rejected = IsRejectedAfter(text, end) || (end > usernameEnd && end - usernameEnd - 1 > MaxDomainLength);
            mention = rejected ? null : new MastodonMention(at, end, usernameEnd);
            return true;
        }

        mention = null;
        matchEnd = text.Length;
        return false;
    }

    private static int NextAt(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf('@');
        return next < 0 ? -1 : from + next;
    }

    /// <summary><c>x+([.-]+x+)*</c> at <paramref name="start"/>: the end, or -1 when no <c>x</c> starts there.</summary>
    private static int MatchDotted(ReadOnlySpan<char> text, int start, Func<ReadOnlySpan<char>, int, int> unitLength)
    {
        var end = SkipRun(text, start, unitLength);
        if (end == start)
        {
            return -1;
        }

        while (true)
        {
            var separatorEnd = end;
            while (separatorEnd < text.Length && text[separatorEnd] is '.' or '-')
            {
                separatorEnd++;
            }

            var next = SkipRun(text, separatorEnd, unitLength);
            if (separatorEnd == end || next == separatorEnd)
            {
                return end;
            }

            end = next;
        }
    }

    private static int SkipRun(ReadOnlySpan<char> text, int i, Func<ReadOnlySpan<char>, int, int> unitLength)
    {
        while (i < text.Length)
        {
            var length = unitLength(text, i);
            if (length == 0)
            {
                break;
            }

            i += length;
        }

        return i;
    }

    /// <summary><c>[a-z0-9_]</c> under Onigmo's <c>/i</c> (case folding also takes K KELVIN SIGN and ſ LONG S).</summary>
    private static int IsUsernameChar(ReadOnlySpan<char> text, int i) =>
        char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '\u212A' or '\u017F' ? 1 : 0;

    /// <summary><c>[[:word:]]</c>: letters, marks, decimal digits, connector punctuation; returns the code point's width.</summary>
    internal static int IsWordChar(ReadOnlySpan<char> text, int i)
    {
        var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => width,
            _ => 0,
        };
    }

    private static bool IsBlockedBefore(ReadOnlySpan<char> text, int at)
    {
        var before = at - 1;
        if (text[before] is '=' or '/')
        {
            return true;
        }

        if (char.IsLowSurrogate(text[before]) && before > 0 && char.IsHighSurrogate(text[before - 1]))
        {
            before--;
        }

        return IsWordChar(text, before) > 0;
    }

    /// <summary>twitter-text's <c>end_mention_match</c>: <c>\A(?:[@＠]|[latin accents]|://)</c>.</summary>
    private static bool IsRejectedAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        return c is '@' or '\uFF20' or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u00FF')
            or (>= '\u0100' and <= '\u024F') or '\u0253' or '\u0254' or '\u0256' or '\u0257' or '\u0259' or '\u025B' or '\u0263'
            or '\u0268' or '\u026F' or '\u0272' or '\u0289' or '\u028B' or '\u02BB' or (>= '\u0300' and <= '\u036F')
            or (>= '\u1E00' and <= '\u1EFF')
            || text[end..].StartsWith("://", StringComparison.Ordinal);
    }
}
