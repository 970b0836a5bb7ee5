using System.Collections.Immutable;

namespace ContentLint.Core.Rules.Loading;

/// <summary>The rules loaded from the configured folders and the findings on their files. Dispose to unload script rules.</summary>
/// <param name="Rules">Loaded rules, ordered by file path.</param>
/// <param name="Reports">Rule files with findings.</param>
/// <param name="BatchRules">Loaded rules that run across posts.</param>
public sealed record RulePack(ImmutableArray<PostRule> Rules, ImmutableArray<RuleFileReport> Reports, ImmutableArray<BatchRule> BatchRules = default) : IDisposable
{
    /// <summary>No rules, no findings.</summary>
    public static RulePack Empty { get; } = new([], [], []);

    /// <summary>The file (display path) each loaded rule comes from, by rule ID (<c>rules list</c> shows it).</summary>
    public ImmutableDictionary<string, string> Sources { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Shipped rules replaced by a loaded rule with their ID: the user file (display path) by rule ID.</summary>
    public ImmutableDictionary<string, string> Overridden { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Findings on rule files that a loader reported after loading returned (<see cref="IRuleFileLoader.LateReports"/>); waits for them.</summary>
    public Func<IReadOnlyList<RuleFileReport>> LateReports { get; init; } = () => [];

    /// <summary>Loaded batch rules (never default).</summary>
    public ImmutableArray<BatchRule> AllBatchRules => BatchRules.IsDefault ? [] : BatchRules;

    /// <summary>Disposes the rules that hold resources (script rules unload their code).</summary>
    public void Dispose()
    {
        foreach (var rule in Rules.OfType<IDisposable>())
        {
            rule.Dispose();
        }
    }
}
