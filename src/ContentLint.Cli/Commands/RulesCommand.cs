using System.CommandLine;
using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint rules list</c> and <c>contentlint rules explain ID</c>: every rule <c>check</c> would
/// run in the current folder (built-in rules and the configuration's <c>rules:</c> folders);
/// <c>contentlint rules eject ID</c> (<see cref="EjectCommand"/>).
/// </summary>
public static class RulesCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliConsole console)
    {
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest contentlint.yaml.", Recursive = true };
        var locale = LocaleOption.Create(recursive: true);
        var list = new Command("list", "List every rule with its category and default severity (your rules with their file).");
        var category = new Option<string?>("--category") { Description = "Only this category (engine, channels, confidentiality, persona, brand-voice, typography)." };
        list.Options.Add(category);
        list.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(category);
            if (wanted is not null && RuleCategory.FromName(wanted) is null)
            {
                console.Error.WriteLine($"contentlint: error: unknown category '{Printable.Escape(wanted)}'{Suggestions.DidYouMean(Suggestions.Closest(wanted, RuleCategory.All.Select(c => c.Name)))}");
                return ExitCodes.UsageOrConfigError;
            }

            using var runner = new CheckRunner();
            var textLocale = LocaleOption.Resolve(parseResult, locale);
            var configured = Load(runner, parseResult.GetValue(config), console, textLocale);
            var rules = configured.Linter.Catalog.Rules.Where(r => wanted is null || r.Category.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            RuleListWriter.Write(console.Out, rules, configured.Pack.Sources, configured.Pack.Overridden, textLocale);
            return ExitCodes.Success;
        });

        var id = new Argument<string>("rule") { Description = "Rule ID (CL1001) or name (unknown-channel)." };
        var explain = new Command("explain", "Explain a rule: why it exists, how to fix and suppress it.") { id };
        explain.SetAction(parseResult =>
        {
            using var runner = new CheckRunner();
            var textLocale = LocaleOption.Resolve(parseResult, locale);
            var configured = Load(runner, parseResult.GetValue(config), console, textLocale);
            var catalog = configured.Linter.Catalog;
            var name = parseResult.GetValue(id)!;
            if (catalog.Find(name) is not { } rule)
            {
                console.Error.WriteLine($"contentlint: error: no rule '{Printable.Escape(name)}'{Suggestions.DidYouMean(catalog.Suggest(name))} ('contentlint rules list' shows them all)");
                return ExitCodes.UsageOrConfigError;
            }

            RuleExplanationWriter.Write(console.Out, rule, configured.Pack.Sources.GetValueOrDefault(rule.Id), textLocale);
            return ExitCodes.Success;
        });

        return new Command("rules", "List, explain and eject rules.") { config, locale, list, explain, EjectCommand.Create(console, config) };
    }

    private static ConfiguredLinter Load(CheckRunner runner, string? configPath, CliConsole console, string locale)
    {
        CommandPaths.RequireConfigFile(configPath);
        var directory = Directory.GetCurrentDirectory();
        var configured = runner.LinterFor(directory, configPath, directory, scriptsEnabled: true);
        ConfigurationProblems.Report(configured, console, locale);
        return configured;
    }
}
