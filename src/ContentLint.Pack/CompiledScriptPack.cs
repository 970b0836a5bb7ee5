using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;

namespace ContentLint.Pack;

/// <summary>
/// Script rules compiled at build time into one assembly (by <c>ContentLint.PackCompiler</c>), matched
/// with their sources: each source's header gives the rule's metadata, the assembly's
/// <see cref="ShippedScriptAttribute"/> manifest gives its class. Loading needs no compiler. A source
/// without its class, a class without its source, or a source whose SHA-256 differs from the one it
/// was compiled from is a build defect and throws: the pack never runs code other than what it shows.
/// </summary>
public sealed class CompiledScriptPack
{
    private readonly ConcurrentDictionary<string, bool> _warmedUp = new(StringComparer.Ordinal);

    /// <summary>Matches <paramref name="assembly"/> with <paramref name="sources"/> (name and text of each <c>.csx</c>).</summary>
    public CompiledScriptPack(Assembly assembly, IEnumerable<(string Name, string Text)> sources)
    {
        Sandboxed = assembly.GetCustomAttribute<ShippedPackAttribute>()?.Sandboxed
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} is not a compiled rule pack (no ShippedPack attribute).");
        var manifest = assembly.GetCustomAttributes<ShippedScriptAttribute>().ToDictionary(a => a.RuleId, StringComparer.Ordinal);
        var scripts = ImmutableArray.CreateBuilder<ShippedScript>();
        foreach (var (name, text) in sources)
        {
            var header = ScriptHeaderReader.Read(new SourceDocument(name, text));
            if (header.Header is not { } metadata)
            {
                throw Defect($"{name} has an invalid header: {string.Join("; ", header.Diagnostics.Select(d => d.Message))}");
            }

            var id = metadata.Descriptor.Id;
            if (!manifest.Remove(id, out var compiled))
            {
                throw Defect($"{name} ({id}) is not in the compiled pack; rebuild ContentLint.Pack");
            }

            if (compiled.SourceSha256 != ShippedScriptAttribute.HashOf(text))
            {
                throw Defect($"{name} ({id}) differs from the source its compiled class was built from (SHA-256 {compiled.SourceSha256}); rebuild ContentLint.Pack");
            }

            var type = assembly.GetType(compiled.TypeName, throwOnError: false) ?? throw Defect($"the compiled pack has no class {compiled.TypeName} for {id}");
            scripts.Add(new ShippedScript(name, text, metadata, LoadedScript.Shipped(type)));
        }

        if (manifest.Count > 0)
        {
            throw Defect($"the compiled pack has classes without a source: {string.Join(", ", manifest.Keys.Order(StringComparer.Ordinal))}");
        }

        Scripts = scripts.ToImmutable();
    }

    /// <summary>True when the scripts were compiled with the sandbox's checkpoints and regex timeouts; false when trusted.</summary>
    public bool Sandboxed { get; }

    /// <summary>The scripts, in source order.</summary>
    public ImmutableArray<ShippedScript> Scripts { get; }

    /// <summary>
    /// New rules running the scripts under <paramref name="limits"/>: per-post rules, and the rules of
    /// scripts that look across posts. Sandboxed scripts are warmed up once per process (JIT is
    /// process-wide), so no post's budget pays for compiling them.
    /// </summary>
    public (ImmutableArray<PostRule> PostRules, ImmutableArray<BatchRule> BatchRules) CreateRules(ScriptConfiguration limits) =>
        (CreateRules(limits, perPost: true).PostRules, CreateRules(limits, perPost: false).BatchRules);

    /// <summary>New rules for the scripts of one kind only: per post (<c>level: text|post</c>) or across posts (<c>level: run</c>).</summary>
    public (ImmutableArray<PostRule> PostRules, ImmutableArray<BatchRule> BatchRules) CreateRules(ScriptConfiguration limits, bool perPost)
    {
        var loaded = Scripts.Where(s => (s.Header.Level != ScriptLevel.Run) == perPost).Select(s => ScriptRuleFileLoader.CreateRule(s.Script, s.Header, limits, warmUp: Sandboxed && _warmedUp.TryAdd(s.Header.Descriptor.Id, true), trusted: !Sandboxed)).ToList();
        return ([.. loaded.Select(r => r.Rule).OfType<PostRule>()], [.. loaded.Select(r => r.BatchRule).OfType<BatchRule>()]);
    }

    private static InvalidOperationException Defect(string problem) => new($"The shipped rule pack is defective: {problem}.");
}

/// <summary>One script of a <see cref="CompiledScriptPack"/>.</summary>
/// <param name="Name">Its path in the pack (<c>rules/persona/CL3006.type-contradicted.csx</c>).</param>
/// <param name="Text">Its source.</param>
/// <param name="Header">Its header.</param>
/// <param name="Script">Its compiled class.</param>
public sealed record ShippedScript(string Name, string Text, ScriptHeader Header, LoadedScript Script);
