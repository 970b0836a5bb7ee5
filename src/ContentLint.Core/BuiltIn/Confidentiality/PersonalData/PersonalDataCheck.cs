using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

/// <summary>
/// A personal-data check: finds one kind of identifier in every text of a post (code included: see
/// <see cref="ConfidentialTexts"/>; numbers inside links excluded: a link's digits are IDs), skips what <c>pii.allow</c> lists, and reports the rest.
/// </summary>
public abstract class PersonalDataCheck : IBuiltInCheck
{
    private static readonly PolicyCache<PiiAllowList> AllowLists = new(p => new PiiAllowList(p.PiiAllow));

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>True when matches inside a link do not count (numbers in URLs are IDs, not contacts).</summary>
    protected virtual bool IgnoresLinks => true;

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var allow = AllowLists.Get(context.Configuration.Policy);
        foreach (var text in ConfidentialTexts.Of(context.Post))
        {
            SpanIndex? links = null;
            foreach (var found in Find(text.Text))
            {
                if (allow.Allows(found.Value))
                {
                    continue;
                }

                if (IgnoresLinks)
                {
                    links ??= new SpanIndex(EntityExtractor.Extract(text.Text, CountingMethod.Graphemes, EntityKind.Url));
                    if (links.Overlaps(found.Span))
                    {
                        continue;
                    }
                }

                context.Report(text, found.Span, null, [.. found.Arguments]);
            }
        }
    }

    /// <summary>The identifiers of this kind in <paramref name="text"/>, each validated.</summary>
    public abstract IEnumerable<PersonalDataMatch> Find(string text);
}
