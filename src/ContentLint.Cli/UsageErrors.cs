using System.CommandLine;
using System.CommandLine.Parsing;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli;

/// <summary>
/// Turns what the command line parser rejected into one line with a did-you-mean. An unknown
/// option is caught even where a command takes paths (System.CommandLine would take
/// <c>--frobnicate</c> for a path); after <c>--</c> everything is a path.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The one-line message for a parse that failed or holds an unknown option, or null when the parse is fine.</summary>
    public static string? Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult;
        var usage = $"'{CommandPath(command)} --help' shows the usage";
        if (UnknownOption(parseResult) is { } option)
        {
            var suggestion = Suggestions.Closest(option.Split('=', 2)[0], OptionNames(command));
            return $"unknown option '{Printable.Escape(option)}' for '{CommandPath(command)}'{Suggestions.DidYouMean(suggestion)} ({usage})";
        }

        if (parseResult.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            var suggestion = Suggestions.Closest(unmatched, command.Command.Subcommands.Select(c => c.Name));
            return $"unexpected '{Printable.Escape(unmatched)}' for '{CommandPath(command)}'{Suggestions.DidYouMean(suggestion)} ({usage})";
        }

        if (parseResult.Errors.Count == 0)
        {
            return null;
        }

        var messages = parseResult.Errors.Select(e => Printable.Escape(string.Join(' ', e.Message.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))));
        return $"{string.Join("; ", messages.Distinct())} ({usage})";
    }

    /// <summary>The first token that looks like an option but was taken as an argument or left unmatched.</summary>
    private static string? UnknownOption(ParseResult parseResult)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var token in parseResult.Tokens)
        {
            seen |= token.Type == TokenType.DoubleDash;
            if (seen)
            {
                afterDoubleDash.Add(token);
            }
        }

        var asArguments = parseResult.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
            .Where(t => !afterDoubleDash.Contains(t)).Select(t => t.Value);
        return asArguments.Concat(parseResult.UnmatchedTokens).FirstOrDefault(LooksLikeOption);
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? current = command; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var owner })
            {
                foreach (var option in owner.Options.Where(o => current == command || o.Recursive))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (SymbolResult? current = command; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var owner })
            {
                names.Push(owner is RootCommand ? "contentlint" : owner.Name);
            }
        }

        return string.Join(' ', names);
    }
}
