using System.Text.RegularExpressions;
using ContentLint.Core.Documents;

namespace ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

/// <summary>
/// <c>check: email-addresses</c>: e-mail addresses. Not counted: fediverse handles
/// (<c>@user@instance.social</c>), image names (<c>icon@2x.png</c>), links glued to a word
/// (<c>word@short.link/x</c>) and the documentation domains
/// reserved by RFC 2606 (<c>example.com</c>, <c>.test</c>, <c>.example</c>, <c>.invalid</c>).
/// Placeholder: <c>{address}</c>.
/// </summary>
public sealed partial class EmailAddressCheck : PersonalDataCheck
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase) { "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "pdf" };

    /// <inheritdoc />
    public override string Name => "email-addresses";

    /// <inheritdoc />
    protected override bool IgnoresLinks => false;

    /// <inheritdoc />
    public override IEnumerable<PersonalDataMatch> Find(string text)
    {
        foreach (Match match in Address().Matches(text))
        {
            var domain = match.Groups["domain"].Value.ToLowerInvariant();
            var tld = domain[(domain.LastIndexOf('.') + 1)..];
            if (FileExtensions.Contains(tld) || IsReserved(domain))
            {
                continue;
            }

            yield return new PersonalDataMatch(new TextSpan(match.Index, match.Length), match.Value, [("address", match.Value)]);
        }
    }

    private static bool IsReserved(string domain) =>
        domain is "example.com" or "example.net" or "example.org"
        || domain.EndsWith(".example.com", StringComparison.Ordinal) || domain.EndsWith(".example", StringComparison.Ordinal)
        || domain.EndsWith(".test", StringComparison.Ordinal) || domain.EndsWith(".invalid", StringComparison.Ordinal);

    // Not after a word character, a dot or an @ (so not the second half of @user@instance); not
    // before a slash ("Therapy@on.pfizer.com/lJb3gW" is a link glued to a word).
    [GeneratedRegex(@"(?<![\w.%+\-@])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-@/]|\.[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
