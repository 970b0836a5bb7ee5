using System.Collections.Immutable;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.Rules;

/// <summary>
/// The default rule pack: the rule files of the repository's <c>rules/</c> folder, embedded in this
/// assembly at build time. A pack file that does not load is a build defect (a meta-test checks
/// them all), so it fails loudly here rather than silently dropping a rule.
/// </summary>
public static class DefaultRulePack
{
    private static readonly Lazy<ImmutableArray<DeclarativeRuleDefinition>> Definitions = new(Load);

    /// <summary>Names of the embedded rule files (<c>rules/confidentiality/CL2001.confidential-term.yaml</c>…).</summary>
    public static IEnumerable<string> FileNames =>
        typeof(DefaultRulePack).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The parsed rule definitions of the pack.</summary>
    public static ImmutableArray<DeclarativeRuleDefinition> All => Definitions.Value;

    /// <summary>New per-post and batch rules of the pack.</summary>
    public static (ImmutableArray<PostRule> PostRules, ImmutableArray<BatchRule> BatchRules) Create()
    {
        var posts = ImmutableArray.CreateBuilder<PostRule>();
        var batches = ImmutableArray.CreateBuilder<BatchRule>();
        foreach (var definition in Definitions.Value)
        {
            var (post, batch) = DeclarativeRuleLoader.Create(definition);
            if (post is not null)
            {
                posts.Add(post);
            }

            if (batch is not null)
            {
                batches.Add(batch);
            }
        }

        return (posts.ToImmutable(), batches.ToImmutable());
    }

    private static ImmutableArray<DeclarativeRuleDefinition> Load()
    {
        var assembly = typeof(DefaultRulePack).Assembly;
        var result = ImmutableArray.CreateBuilder<DeclarativeRuleDefinition>();
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var (definition, problems) = DeclarativeRuleParser.Parse(new SourceDocument(name, reader.ReadToEnd()));
            if (definition is null || !problems.IsEmpty)
            {
                throw new InvalidOperationException($"The default rule pack file {name} does not load: {string.Join("; ", problems.Select(p => p.Message))}");
            }

            result.Add(definition);
        }

        return result.ToImmutable();
    }
}
