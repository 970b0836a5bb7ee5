using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: tu-vous-mixed</c>: a French post that addresses its reader both as <c>tu</c> and as
/// <c>vous</c>; the uses of the less frequent form are reported (on a tie, the form that comes second).
/// A post whose persona sets <c>address</c> is left to <c>address-form</c>, which knows which form is
/// right. Placeholders: <c>{match}</c>, <c>{form}</c>, <c>{other}</c>, <c>{example}</c>.
/// </summary>
public sealed class TuVousMixedCheck : IBuiltInCheck
{
    /// <inheritdoc />
    public string Name => "tu-vous-mixed";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var post = context.Post;
        if (!PostLanguage.IsFrench(post)
            || (post.Persona is { } name && context.Configuration.Policy.Personas.GetValueOrDefault(name.Value)?.Address is not null))
        {
            return;
        }

        var uses = Uses(post);
        if (Minority(uses.Select(u => u.Use).ToList()) is not { } minority)
        {
            return;
        }

        var example = uses.First(u => u.Use.Form != minority).Use.Word;
        foreach (var (text, use) in uses.Where(u => u.Use.Form == minority))
        {
            context.Report(text, use.Span, null, ("match", use.Word), ("form", use.Form), ("other", AddressForm.Other(use.Form)), ("example", example));
        }
    }

    /// <summary>Every use of either form in the post's texts, in order.</summary>
    internal static List<(MappedText Text, AddressForm Use)> Uses(Post post) =>
        [.. post.AllTexts.SelectMany(text => AddressForms.Find(ProseText.Of(text)).Select(use => (text, use)))];

    /// <summary>The less frequent form when both are used (on a tie, the one used second), else null.</summary>
    internal static string? Minority(IReadOnlyList<AddressForm> uses)
    {
        var tu = uses.Count(u => u.Form == AddressForm.Tu);
        var vous = uses.Count - tu;
        if (tu == 0 || vous == 0)
        {
            return null;
        }

        return tu < vous ? AddressForm.Tu : vous < tu ? AddressForm.Vous : AddressForm.Other(uses[0].Form);
    }
}
