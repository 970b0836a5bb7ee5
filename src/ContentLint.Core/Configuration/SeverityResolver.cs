using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ContentLint.Core.Configuration;

/// <summary>
/// The effective severity of a rule in a file: the rule's default, then <c>severity:</c> by category,
/// then by rule, then each matching <c>overrides:</c> entry in order (category, then rule). Rules that
/// are not configurable keep their default.
/// </summary>
public sealed class SeverityResolver
{
    private readonly LintConfiguration _configuration;
    private readonly RuleCatalog _catalog;
    private readonly List<(Matcher Files, IReadOnlyList<SeveritySetting> Settings)> _overrides;

    /// <summary>Prepares the resolver (globs compiled once).</summary>
    public SeverityResolver(LintConfiguration configuration, RuleCatalog catalog)
    {
        _configuration = configuration;
        _catalog = catalog;
        _overrides = [.. configuration.Overrides.Select(o =>
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(o.Files);
            return (matcher, (IReadOnlyList<SeveritySetting>)o.Severity);
        })];
    }

    /// <summary>The severity of <paramref name="rule"/> in the file at <paramref name="path"/>.</summary>
    public Severity Resolve(RuleDescriptor rule, string path)
    {
        if (!rule.IsConfigurable)
        {
            return rule.DefaultSeverity;
        }

        var severity = Apply(rule, _configuration.Severity, rule.DefaultSeverity);
        if (_overrides.Count == 0)
        {
            return severity;
        }

        var relative = Path.GetRelativePath(_configuration.RootDirectory, Path.GetFullPath(path));
        foreach (var (files, settings) in _overrides)
        {
            if (!relative.StartsWith("..", StringComparison.Ordinal) && files.Match(relative).HasMatches)
            {
                severity = Apply(rule, settings, severity);
            }
        }

        return severity;
    }

    private Severity Apply(RuleDescriptor rule, IEnumerable<SeveritySetting> settings, Severity current)
    {
        Severity? byCategory = null, byRule = null;
        foreach (var setting in settings)
        {
            if (string.Equals(setting.Key, rule.Category.Name, StringComparison.OrdinalIgnoreCase))
            {
                byCategory = setting.Severity;
            }
            else if (_catalog.Find(setting.Key) == rule)
            {
                byRule = setting.Severity;
            }
        }

        return byRule ?? byCategory ?? current;
    }
}
