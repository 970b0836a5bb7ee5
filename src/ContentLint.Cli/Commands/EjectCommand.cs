using System.CommandLine;
using ContentLint.Cli.Checking;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Pack;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint rules eject RULE [--to DIR]</c>: copies a shipped rule's file and its case file out of
/// the pack, into DIR (by default the configuration's first <c>rules:</c> folder, else <c>rules/</c>),
/// to start from. The copy has the shipped rule's ID, so once its folder is loaded it overrides it.
/// Never overwrites a file.
/// </summary>
internal static class EjectCommand
{
    public static Command Create(CliConsole console, Option<string?> config)
    {
        var rule = new Argument<string>("rule") { Description = "Shipped rule ID (CL3006) or name (type-contradicted)." };
        var to = new Option<string?>("--to") { Description = "Folder to copy it into (default: the configuration's first rules: folder, else rules/)." };
        var eject = new Command("eject", "Copy a shipped rule and its test cases into your rules folder, where the copy overrides it.") { rule, to };
        eject.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(rule)!;
            var file = ShippedRuleFiles.Find(wanted) ?? throw Unknown(wanted);
            var workingDirectory = Directory.GetCurrentDirectory();
            using var runner = new CheckRunner();
            var configuration = Configuration(runner, parseResult.GetValue(config), workingDirectory);
            var folder = parseResult.GetValue(to) ?? FirstRulesFolder(configuration, workingDirectory);
            var copies = new[] { file.Name, file.CasesName }.OfType<string>()
                .Select(name => (Name: name, Target: Path.Combine(folder, name[(name.LastIndexOf('/') + 1)..])))
                .ToList();
            if (copies.FirstOrDefault(c => File.Exists(c.Target) || Directory.Exists(c.Target)) is { Target: { } existing })
            {
                throw new CommandFailedException($"{Printable.Escape(Display(existing, workingDirectory))} already exists; 'rules eject' never overwrites (remove it or choose another --to)");
            }

            Directory.CreateDirectory(folder);
            foreach (var (name, target) in copies)
            {
                File.WriteAllText(target, PackFiles.Read(name));
                console.Out.WriteLine($"wrote {Printable.Escape(Display(target, workingDirectory))}");
            }

            console.Out.WriteLine(Loads(configuration, folder)
                ? $"{file.Descriptor.Id} in {Printable.Escape(Display(folder, workingDirectory))} now overrides the shipped rule ('contentlint rules list' shows it)."
                : $"{file.Descriptor.Id} overrides the shipped rule once its folder is loaded: add it to 'rules:' in contentlint.yaml.");
            return ExitCodes.Success;
        });
        return eject;
    }

    private static CommandFailedException Unknown(string wanted)
    {
        var names = BuiltInRules.Shipped.Descriptors.SelectMany(d => new[] { d.Id, d.Name });
        var compiled = BuiltInRules.Shipped.Descriptors.FirstOrDefault(d => d.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase) || d.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return compiled is not null
            ? new CommandFailedException($"{compiled.Id} is compiled into the tool and has no rule file to eject")
            : new CommandFailedException($"no shipped rule '{Printable.Escape(wanted)}'{Suggestions.DidYouMean(Suggestions.Closest(wanted, names))} ('contentlint rules list' shows them all)");
    }

    /// <summary>The configuration <c>check</c> would use here (null when there is none), or its errors.</summary>
    private static (LintConfiguration? Configuration, bool HasErrors) Configuration(CheckRunner runner, string? configPath, string workingDirectory)
    {
        CommandPaths.RequireConfigFile(configPath);
        var configured = runner.LinterFor(workingDirectory, configPath, workingDirectory, scriptsEnabled: false);
        return (configured.ConfigPath is null ? null : configured.Linter.Configuration, configured.HasConfigErrors);
    }

    private static string FirstRulesFolder((LintConfiguration? Configuration, bool HasErrors) found, string workingDirectory) => found switch
    {
        { HasErrors: true } => throw new CommandFailedException("the configuration has errors ('contentlint check' shows them); fix it or name the folder with --to"),
        { Configuration: { Rules: [var first, ..] } configuration } => Path.GetRelativePath(workingDirectory, Path.GetFullPath(Path.Combine(configuration.RootDirectory, first))),
        _ => "rules",
    };

    private static bool Loads((LintConfiguration? Configuration, bool HasErrors) found, string folder)
    {
        var configuration = found.Configuration;
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return configuration is not null && configuration.Rules
            .Select(r => Path.GetFullPath(Path.Combine(configuration.RootDirectory, r)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)
            .Any(r => full.StartsWith(r, StringComparison.Ordinal));
    }

    private static string Display(string path, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
}
