using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality.Links;

/// <summary>
/// <c>check: internal-links</c>: links and addresses that lead inside the company (configured
/// <c>internalHosts</c>, <c>localhost</c>, private and loopback IP addresses, internal domain names,
/// <c>file://</c> URLs and Windows shares), in prose and in code alike (platforms publish code as
/// text) — except a loopback address written as code: tutorials show <c>http://localhost:8080</c>,
/// and it names nothing inside the company.
/// Placeholders: <c>{link}</c>, <c>{reason}</c>.
/// </summary>
public sealed class InternalLinkCheck : IBuiltInCheck
{
    private static readonly PolicyCache<HostGlobs> Globs = new(p => new HostGlobs(p.InternalHosts));

    /// <inheritdoc />
    public string Name => "internal-links";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var globs = Globs.Get(context.Configuration.Policy);
        foreach (var text in ConfidentialTexts.Of(context.Post))
        {
            foreach (var (span, link, reason) in InternalLinkScanner.Find(text.Text, globs))
            {
                if (!(reason is PrivateAddresses.Loopback or PrivateAddresses.Localhost && text.IsWrittenAsCode(span)))
                {
                    context.Report(text, span, null, ("link", link), ("reason", reason));
                }
            }
        }
    }
}
