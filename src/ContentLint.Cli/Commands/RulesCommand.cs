using System.CommandLine;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint rules list</c> and <c>contentlint rules explain ID</c>.</summary>
public static class RulesCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliConsole console)
    {
        var list = new Command("list", "List every rule with its category and default severity.");
        var category = new Option<string?>("--category") { Description = "Only this category (engine, channels, confidentiality, persona, brand-voice, typography)." };
        list.Options.Add(category);
        list.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(category);
            if (wanted is not null && RuleCategory.FromName(wanted) is null)
            {
                console.Error.WriteLine($"contentlint: unknown category '{wanted}'{Suggestions.DidYouMean(Suggestions.Closest(wanted, RuleCategory.All.Select(c => c.Name)))}");
                return ExitCodes.UsageOrConfigError;
            }

            var rules = Catalog().Rules.Where(r => wanted is null || r.Category.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            RuleListWriter.Write(console.Out, rules);
            return ExitCodes.Success;
        });

        var id = new Argument<string>("rule") { Description = "Rule ID (CL1001) or name (unknown-channel)." };
        var explain = new Command("explain", "Explain a rule: why it exists, how to fix and suppress it.") { id };
        explain.SetAction(parseResult =>
        {
            var catalog = Catalog();
            var name = parseResult.GetValue(id)!;
            if (catalog.Find(name) is not { } rule)
            {
                console.Error.WriteLine($"contentlint: no rule '{name}'{Suggestions.DidYouMean(catalog.Suggest(name))} ('contentlint rules list' shows them all)");
                return ExitCodes.UsageOrConfigError;
            }

            RuleExplanationWriter.Write(console.Out, rule);
            return ExitCodes.Success;
        });

        return new Command("rules", "List and explain rules.") { list, explain };
    }

    private static RuleCatalog Catalog()
    {
        var directory = Directory.GetCurrentDirectory();
        return new Linter(LintConfiguration.CreateDefault(directory)).Catalog;
    }
}
