using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality.Secrets;

/// <summary>
/// <c>check: secret-tokens</c>: credentials in a well-known format (<see cref="SecretFormats"/>), in
/// prose and in code alike — a key pasted into a code snippet is published all the same.
/// Placeholders: <c>{kind}</c>, <c>{masked}</c> (first four characters; a PEM header is shown as is,
/// since the key follows it).
/// </summary>
public sealed class SecretTokenCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "secret-tokens";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var text in ConfidentialTexts.Of(context.Post))
        {
            foreach (var (span, kind) in SecretFormats.Find(text.Text))
            {
                var value = text.Text.Substring(span.Start, span.Length);
                context.Report(text, span, null, ("kind", kind), ("masked", kind == "PEM private key" ? value : Masking.Mask(value)));
            }
        }
    }
}
