using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// E-mail addresses in a text. Not addresses: fediverse handles (<c>@user@instance.social</c>), image
/// and file names (<c>icon@2x.png</c>) and links glued to a word (<c>word@short.link/x</c>).
/// </summary>
public static partial class EmailAddresses
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase) { "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "pdf" };

    /// <summary>The addresses of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<EmailAddress> Find(string text)
    {
        foreach (Match match in Address().Matches(text))
        {
            var domain = match.Groups["domain"].Value.ToLowerInvariant();
            if (!FileExtensions.Contains(domain[(domain.LastIndexOf('.') + 1)..]))
            {
                yield return new EmailAddress(new TextSpan(match.Index, match.Length), match.Value, domain);
            }
        }
    }

    /// <summary>True for the documentation domains reserved by RFC 2606 (<c>example.com</c>, <c>.test</c>, <c>.example</c>, <c>.invalid</c>): nobody's address.</summary>
    /// <param name="domain">The domain in lower case.</param>
    public static bool IsReservedDomain(string domain) =>
        domain is "example.com" or "example.net" or "example.org"
        || domain.EndsWith(".example.com", StringComparison.Ordinal) || domain.EndsWith(".example", StringComparison.Ordinal)
        || domain.EndsWith(".test", StringComparison.Ordinal) || domain.EndsWith(".invalid", StringComparison.Ordinal);

    // Not after a word character, a dot or an @ (so not the second half of @user@instance); not
    // before a slash ("Therapy@on.pfizer.com/lJb3gW" is a link glued to a word).
    [GeneratedRegex(@"(?<![\w.%+\-@])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-@/]|\.[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}

/// <summary>An e-mail address found in a text.</summary>
/// <param name="Span">Where.</param>
/// <param name="Address">As written.</param>
/// <param name="Domain">Its domain, in lower case.</param>
public sealed record EmailAddress(TextSpan Span, string Address, string Domain);
