using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: address-form</c> (across posts): in French posts, a use of <c>tu</c> or <c>vous</c> that
/// contradicts the persona's <c>address</c>; for a persona without <c>address</c>, the posts that use
/// the form most of its posts do not (one finding per post, on its first use; on a tie, the form of
/// the earliest post wins). Placeholders: <c>{match}</c>, <c>{form}</c>, <c>{persona}</c>,
/// <c>{expected}</c>, <c>{reason}</c>.
/// </summary>
public sealed class AddressFormCheck : IBuiltInBatchCheck
{
    /// <inheritdoc />
    public string Name => "address-form";

    /// <inheritdoc />
    public void Check(BatchRuleContext context, BuiltInOptions options)
    {
        var personas = context.Configuration.Policy.Personas;
        var undeclared = new Dictionary<string, List<(PostDocument Document, Post Post, MappedText Text, AddressForm First, string Form)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in context.Documents)
        {
            foreach (var post in document.Posts.Where(p => p.Persona is not null && PostLanguage.IsFrench(p)))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var persona = post.Persona!.Value.Value;
                var uses = TuVousMixedCheck.Uses(post);
                if (personas.GetValueOrDefault(persona)?.Address is { } address)
                {
                    foreach (var (text, use) in uses.Where(u => u.Use.Form != address))
                    {
                        Report(context, document, post, text, use, persona, address, $"personas.{persona}.address");
                    }
                }
                else if (Dominant(uses.Select(u => u.Use).ToList()) is { } form)
                {
                    var first = uses.First(u => u.Use.Form == form);
                    (undeclared.TryGetValue(persona, out var list) ? list : undeclared[persona] = []).Add((document, post, first.Text, first.Use, form));
                }
            }
        }

        foreach (var (persona, posts) in undeclared)
        {
            var ordered = posts.OrderBy(p => p.Post.PublishAt?.Value ?? DateTimeOffset.MaxValue).ToList();
            var tu = ordered.Count(p => p.Form == AddressForm.Tu);
            var vous = ordered.Count - tu;
            if (tu == 0 || vous == 0)
            {
                continue;
            }

            var expected = tu > vous ? AddressForm.Tu : vous > tu ? AddressForm.Vous : ordered[0].Form;
            var reason = $"{Math.Max(tu, vous)} of its {ordered.Count} posts; set personas.{persona}.address";
            foreach (var (document, post, text, first, _) in ordered.Where(p => p.Form != expected))
            {
                Report(context, document, post, text, first, persona, expected, reason);
            }
        }
    }

    /// <summary>The form a post uses most, or null (none, or as many of each).</summary>
    private static string? Dominant(IReadOnlyList<AddressForm> uses)
    {
        var tu = uses.Count(u => u.Form == AddressForm.Tu);
        var vous = uses.Count - tu;
        return tu > vous ? AddressForm.Tu : vous > tu ? AddressForm.Vous : null;
    }

    private static void Report(BatchRuleContext context, PostDocument document, Post post, MappedText text, AddressForm use, string persona, string expected, string reason) =>
        context.Report(document, post, text.Map.MapSpan(use.Span), ("match", use.Word), ("form", use.Form), ("persona", persona), ("expected", expected), ("reason", reason));
}
