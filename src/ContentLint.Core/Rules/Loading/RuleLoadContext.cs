using ContentLint.Core.Configuration;

namespace ContentLint.Core.Rules.Loading;

/// <summary>What a rule file loader needs to know about the run.</summary>
/// <param name="Configuration">The configuration the rules are loaded for.</param>
/// <param name="ScriptsEnabled">False when script rules are skipped (<c>--no-scripts</c> or <c>scripts: {enabled: false}</c>).</param>
/// <param name="ConfigPath">Full path of the configuration file (the rule host reads it too), or null when the rules are loaded without one (rule tests).</param>
public sealed record RuleLoadContext(LintConfiguration Configuration, bool ScriptsEnabled, string? ConfigPath = null)
{
    /// <summary>True for the ID of a shipped rule, which a loaded rule with that ID replaces (only when it loads).</summary>
    public Func<string, bool> IsShippedId { get; init; } = _ => false;
}
