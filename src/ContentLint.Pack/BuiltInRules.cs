using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;

namespace ContentLint.Pack;

/// <summary>
/// The rules that ship with the tool: the compiled rules of ContentLint.Core (every non-abstract
/// <see cref="PostRule"/> with a parameterless constructor, discovered), the default pack's
/// declarative rules and its compiled scripts. <see cref="Shipped"/> hands them to Core.
/// </summary>
public static class BuiltInRules
{
    private static readonly ImmutableArray<Type> RuleTypes =
    [
        .. typeof(PostRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PostRule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    // Shipped scripts run under the default per-post budget, whatever a configuration's scripts: says
    // (those settings are about users' scripts; --no-scripts does not turn the pack off either).
    private static readonly ScriptConfiguration DefaultLimits = new();

    /// <summary>The shipped rules, for <c>LinterFactory</c>, <c>Linter</c> and <c>RuleCaseRunner</c>.</summary>
    public static ShippedRules Shipped { get; } = new(Create, CreateBatch, PackFiles.Identity);

    /// <summary>Settings for the loader of users' scripts: their cache key includes this pack's identity.</summary>
    public static ScriptSettings ScriptSettings => new()
    {
        PackIdentity = PackFiles.Identity, // = Shipped.Identity, without building the rule list (the rule host needs only this).
        // CONTENTLINT_TRACE=1 also says why a cache entry was not used (unsigned, swapped, key not private): stderr never carries the protocol.
        CacheLog = Environment.GetEnvironmentVariable("CONTENTLINT_TRACE") is "1" or "true" ? line => Console.Error.WriteLine("contentlint: trace: " + line) : null,
    };

    /// <summary>New instances of every built-in per-post rule (compiled rules and the default pack), ordered by ID.</summary>
    public static ImmutableArray<PostRule> Create() =>
    [
        .. RuleTypes.Select(t => (PostRule)Activator.CreateInstance(t)!)
            .Concat(DefaultRulePack.Create().PostRules)
            .Concat(PackScripts.Compiled.CreateRules(DefaultLimits, perPost: true).PostRules)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal),
    ];

    /// <summary>The default pack's rules that look across posts (declarative and scripts).</summary>
    public static ImmutableArray<BatchRule> CreateBatch() =>
        [.. DefaultRulePack.Create().BatchRules.Concat(PackScripts.Compiled.CreateRules(DefaultLimits, perPost: false).BatchRules)];
}
