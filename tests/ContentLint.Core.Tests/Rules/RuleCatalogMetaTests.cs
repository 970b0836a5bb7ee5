using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules;

/// <summary>Checks over every built-in rule; each failure message says how to fix it.</summary>
public sealed partial class RuleCatalogMetaTests
{
    public static TheoryData<string> RuleIds => [.. Catalog.Rules.Select(r => r.Id)];

    private static RuleCatalog Catalog { get; } = new Linter(LintConfiguration.CreateDefault("."), BuiltInRules.Shipped).Catalog;

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_metadata_follows_the_conventions(string id)
    {
        var rule = Catalog.Find(id)!;

        Assert.True(rule.Category.Owns(rule.Id), $"{rule.Id}: the ID must lie in the {rule.Category.Name} range (CL{rule.Category.IdDigit}xxx); pick a free ID in that range.");
        Assert.True(KebabCase().IsMatch(rule.Name), $"{rule.Id}: the name '{rule.Name}' must be kebab-case.");
        Assert.True(char.IsUpper(rule.Title[0]) && rule.Title.EndsWith('.'), $"{rule.Id}: the title must be one sentence starting with a capital and ending with a period.");
        Assert.False(rule.MessageFormat.EndsWith('.'), $"{rule.Id}: messages do not end with a period (compilers' convention).");
        Assert.True(rule.Description.Trim().Length >= 80, $"{rule.Id}: the documentation must say why the rule exists and how to fix what it reports.");
        Assert.True(rule.HelpUri.IsAbsoluteUri && rule.HelpUri.AbsoluteUri.EndsWith(rule.Id, StringComparison.Ordinal), $"{rule.Id}: the help URI must be absolute and end with the ID.");
    }

    [Fact]
    public void Ids_and_names_are_unique_and_every_category_owns_its_rules()
    {
        Assert.Equal(Catalog.Rules.Length, Catalog.Rules.Select(r => r.Id).Distinct().Count());
        Assert.Equal(Catalog.Rules.Length, Catalog.Rules.Select(r => r.Name).Distinct().Count());
        Assert.All(Catalog.Rules, r => Assert.Contains(r.Category, RuleCategory.All));
    }

    [Fact]
    public void Every_built_in_rule_is_discovered_once()
    {
        var rules = BuiltInRules.Create();
        var packIds = DefaultRulePack.Rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var compiled = rules.Where(r => !packIds.Contains(r.Descriptor.Id)).ToList();

        // Pack rules (declarative and scripts) share their loader's type (DeclarativeRule, ScriptPostRule…); compiled rules are one type each.
        Assert.Equal(rules.Length, rules.Select(r => r.Descriptor.Id).Distinct().Count());
        Assert.Equal(compiled.Count, compiled.Select(r => r.GetType()).Distinct().Count());
        Assert.All(rules, r => Assert.Same(r.Descriptor, Catalog.Find(r.Descriptor.Id)));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
