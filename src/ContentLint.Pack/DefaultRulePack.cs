using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Scripting;

namespace ContentLint.Pack;

/// <summary>
/// The declarative rules of the default pack: the <c>.yaml</c> rule files of <see cref="PackFiles"/>
/// (its scripts are <see cref="PackScripts"/>). A pack file that does not load is a build defect (a
/// meta-test checks them all), so it fails loudly here rather than silently dropping a rule.
/// </summary>
public static class DefaultRulePack
{
    private static readonly Lazy<ImmutableArray<DeclarativeRuleDefinition>> Definitions = new(Load);

    /// <summary>Names of the embedded declarative rule files (<c>rules/confidentiality/CL2001.confidential-term.yaml</c>…).</summary>
    public static IEnumerable<string> FileNames => PackFiles.RuleFiles.Where(n => n.EndsWith(".yaml", StringComparison.Ordinal));

    /// <summary>The parsed declarative rule definitions of the pack (its scripts: <see cref="ScriptHeaders"/>).</summary>
    public static ImmutableArray<DeclarativeRuleDefinition> All => Definitions.Value;

    /// <summary>The headers of the pack's script rules, with their paths (<c>rules/persona/CL3006.type-contradicted.csx</c>).</summary>
    public static IEnumerable<(string Path, ScriptHeader Header)> ScriptHeaders => PackScripts.Compiled.Scripts.Select(s => (s.Name, s.Header));

    /// <summary>Every rule of the pack, declarative or script, with the path of its file.</summary>
    public static IEnumerable<(RuleDescriptor Descriptor, string Path)> Rules =>
        All.Select(d => (d.Descriptor, d.SourcePath)).Concat(ScriptHeaders.Select(s => (s.Header.Descriptor, s.Path))).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);

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
        var result = ImmutableArray.CreateBuilder<DeclarativeRuleDefinition>();
        foreach (var name in FileNames.Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var (definition, problems) = DeclarativeRuleParser.Parse(new SourceDocument(name, PackFiles.Read(name)));
            if (definition is null || !problems.IsEmpty)
            {
                throw new InvalidOperationException($"The default rule pack file {name} does not load: {string.Join("; ", problems.Select(p => p.Message))}");
            }

            result.Add(definition);
        }

        return result.ToImmutable();
    }
}
