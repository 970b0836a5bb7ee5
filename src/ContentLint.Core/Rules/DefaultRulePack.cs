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

    /// <summary>The parsed declarative rule definitions of the pack (its scripts: <see cref="ScriptHeaders"/>).</summary>
    public static ImmutableArray<DeclarativeRuleDefinition> All => Definitions.Value;

    /// <summary>The headers of the pack's script rules, with their paths (<c>rules/persona/CL3006.type-contradicted.csx</c>).</summary>
    public static IEnumerable<(string Path, Scripting.ScriptHeader Header)> ScriptHeaders => PackScripts.All;

    /// <summary>Every rule of the pack, declarative or script, with the path of its file.</summary>
    public static IEnumerable<(RuleDescriptor Descriptor, string Path)> Rules =>
        All.Select(d => (d.Descriptor, d.SourcePath)).Concat(ScriptHeaders.Select(s => (s.Header.Descriptor, s.Path))).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);

    /// <summary>New per-post and batch rules of the pack.</summary>
    public static (ImmutableArray<PostRule> PostRules, ImmutableArray<BatchRule> BatchRules) Create()
    {
        var (scriptPosts, scriptBatches) = PackScripts.Create();
        var posts = ImmutableArray.CreateBuilder<PostRule>();
        var batches = ImmutableArray.CreateBuilder<BatchRule>();
        posts.AddRange(scriptPosts);
        batches.AddRange(scriptBatches);
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

    /// <summary>The text of the embedded pack file <paramref name="name"/> (one of <see cref="FileNames"/>).</summary>
    public static string ReadFile(string name)
    {
        using var stream = typeof(DefaultRulePack).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No pack file {name}.", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static ImmutableArray<DeclarativeRuleDefinition> Load()
    {
        var result = ImmutableArray.CreateBuilder<DeclarativeRuleDefinition>();
        foreach (var name in FileNames.Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var (definition, problems) = DeclarativeRuleParser.Parse(new SourceDocument(name, ReadFile(name)));
            if (definition is null || !problems.IsEmpty)
            {
                throw new InvalidOperationException($"The default rule pack file {name} does not load: {string.Join("; ", problems.Select(p => p.Message))}");
            }

            result.Add(definition);
        }

        return result.ToImmutable();
    }
}
