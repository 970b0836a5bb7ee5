using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>A <c>contentlint …</c> command line written in a file of the repository: where, as written, and its words after <c>contentlint</c>.</summary>
internal sealed record DocumentedCommand(string File, int Line, string Text, IReadOnlyList<string> Args)
{
    public override string ToString() => $"{File}:{Line}: `{Text}`";
}

/// <summary>
/// Finds the <c>contentlint</c> command lines a reader copies from the documentation (fenced code blocks and
/// inline code of Markdown), splits them into words as a shell would, and parses them with the CLI's own
/// command tree (<see cref="CliApplication.Build"/>), so a renamed option breaks a test, not a user's CI.
/// </summary>
internal static partial class DocumentedCommands
{
    /// <summary>Fenced blocks that hold commands; a block without a language holds output or a synopsis (<c>[-o FILE]</c>), not a command line.</summary>
    private static readonly HashSet<string> ShellLanguages = ["sh", "bash", "shell", "console", "yaml", "yml"];

    /// <summary>Every command line in the code of a Markdown file (shell and YAML blocks, inline code); with <paramref name="sections"/>, only under those <c>##</c> headings.</summary>
    public static IEnumerable<DocumentedCommand> InMarkdown(string relativePath, params string[] sections)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, relativePath));
        string? section = null;
        var fenced = false;
        var shell = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                shell = fenced && ShellLanguages.Contains(line.Trim()[3..]);
                continue;
            }

            section = !fenced && line.StartsWith("## ", StringComparison.Ordinal) ? line[3..].Trim() : section;
            if (sections.Length > 0 && !sections.Contains(section))
            {
                continue;
            }

            var code = fenced ? (shell ? new[] { line } : Array.Empty<string>()) : InlineCode().Matches(line).Select(m => m.Groups[1].Value);
            foreach (var command in code.SelectMany(InShellText))
            {
                yield return new DocumentedCommand(relativePath, i + 1, command, Words(command).Skip(1).ToList());
            }
        }
    }

    /// <summary>The command lines in a line of shell (or a YAML <c>run:</c>): from each <c>contentlint</c> word to the end of its command; a workflow expression <c>${{ … }}</c> stands for <c>1</c>.</summary>
    public static IEnumerable<string> InShellText(string text) =>
        CommandStart().Matches(text).Select(m => CommandEnd().Replace(Expression().Replace(text[m.Index..], "1"), string.Empty).Trim());

    /// <summary>Why the CLI rejects <paramref name="args"/> (the usage error it would print), or null when they parse.</summary>
    public static string? ParseError(IReadOnlyList<string> args)
    {
        RootCommand root = CliApplication.Build(new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, SupportsColor: false));
        return UsageErrors.Describe(root.Parse([.. args]));
    }

    /// <summary>The failures among <paramref name="commands"/>, one line each (file, line, command, error), for an assertion's message.</summary>
    public static IReadOnlyList<string> Unparsable(IEnumerable<DocumentedCommand> commands) =>
        [.. commands.Select(c => ParseError(c.Args) is { } error ? $"{c}: {error}" : null).OfType<string>()];

    /// <summary>Shell words: quotes removed, nothing expanded.</summary>
    public static IReadOnlyList<string> Words(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        var quote = '\0';
        foreach (var c in command)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        return inWord ? [.. words, current.ToString()] : words;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();

    // The program's name as a word (not part of a path such as ~/.dotnet/tools/contentlint or of .contentlint/), followed by an argument.
    [GeneratedRegex(@"(?<![\w./~@""'-])contentlint (?=\S)")]
    private static partial Regex CommandStart();

    // Where a shell command ends: a control operator, a redirection or a comment (outside quotes: the documented lines quote none of these).
    [GeneratedRegex(@"(\s*(&&|\|\||[|;<>]|\s#)).*$")]
    private static partial Regex CommandEnd();

    [GeneratedRegex(@"\$\{\{.*?\}\}")]
    private static partial Regex Expression();
}
