using System.Text.RegularExpressions;
using ContentLint.Cli.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// Every <c>contentlint …</c> command line a user copies — from the README's Install and Output formats
/// sections (where the CI steps are), docs/ci.md, docs/reports.md, docs/mcp.md and .pre-commit-hooks.yaml —
/// parses with the CLI's own command tree. A failure names the file and line to fix. (The commands action.yml
/// runs are checked by <see cref="GitHubActionTests"/>, which runs its scripts.)
/// </summary>
public sealed class DocumentedCommandLineTests
{
    public static TheoryData<string> Documents() => new() { "README.md", "docs/ci.md", "docs/reports.md", "docs/mcp.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_command_line_in_the_document_parses(string document)
    {
        var commands = (document == "README.md" ? DocumentedCommands.InMarkdown(document, "Install", "Output formats") : DocumentedCommands.InMarkdown(document)).ToList();

        Assert.NotEmpty(commands);
        var failures = DocumentedCommands.Unparsable(commands);
        Assert.True(failures.Count == 0, $"fix these command lines (or the CLI):\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void The_commands_written_in_ci_md_are_found()
    {
        var commands = DocumentedCommands.InMarkdown("docs/ci.md").Select(c => string.Join(' ', c.Args)).ToList();

        Assert.Contains("check --shard 1/8 --facts-out facts-1.json", commands);
        Assert.Contains("merge facts/*.json --format sarif --output contentlint.sarif", commands);
        Assert.Contains("check --fix --diff", commands);
    }

    [Fact]
    public void A_command_line_the_cli_rejects_is_reported_with_its_file_and_line()
    {
        var wrong = new DocumentedCommand("docs/ci.md", 12, "contentlint check --fromat sarif", ["check", "--fromat", "sarif"]);

        var failure = Assert.Single(DocumentedCommands.Unparsable([wrong]));
        Assert.StartsWith("docs/ci.md:12: `contentlint check --fromat sarif`: unknown option '--fromat'", failure, StringComparison.Ordinal);
        Assert.Contains("did you mean '--format'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_words_end_at_an_operator_a_redirection_or_a_comment()
    {
        Assert.Equal(new[] { "contentlint check --fix --diff" }, DocumentedCommands.InShellText("contentlint check --fix --diff > fixes.patch"));
        Assert.Equal(new[] { "contentlint check --format github" }, DocumentedCommands.InShellText("- run: dotnet tool install --global ContentLint.Cli && contentlint check --format github"));
        Assert.Equal(new[] { "contentlint check examples" }, DocumentedCommands.InShellText("contentlint check examples   # the bundled posts"));
        Assert.Equal(new[] { "contentlint check --shard 1/8" }, DocumentedCommands.InShellText("run: contentlint check --shard ${{ matrix.shard }}/8"));
        Assert.Empty(DocumentedCommands.InShellText("install -m 755 artifacts/linux-x64/contentlint ~/.local/bin/contentlint"));
        Assert.Equal(new[] { "-o", "a b.sarif" }, DocumentedCommands.Words("-o 'a b.sarif'"));
    }

    /// <summary>pre-commit runs a hook's <c>entry</c> with the staged files that match its <c>files</c> pattern appended.</summary>
    [Fact]
    public void Every_pre_commit_hook_runs_a_command_that_parses_on_the_files_it_matches()
    {
        const string File = ".pre-commit-hooks.yaml";
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, File))));
        var hooks = ((YamlSequenceNode)stream.Documents[0].RootNode).Cast<YamlMappingNode>().ToList();

        Assert.NotEmpty(hooks);
        foreach (var hook in hooks)
        {
            string Value(string key) => ((YamlScalarNode)hook.Children[key]).Value!;
            var files = new Regex(Value("files"));
            string[] staged = ["posts/2026-12-05-soldes.md", "calendar/q1.posts.yaml", "calendar/q2.posts.yml"];
            Assert.All(staged, path => Assert.True(files.IsMatch(path), $"{File}:{hook.Start.Line}: hook '{Value("id")}' does not check {path}"));
            Assert.False(files.IsMatch("calendar/notes.yaml"), $"{File}:{hook.Start.Line}: hook '{Value("id")}' would check any YAML file");

            var words = DocumentedCommands.Words(Value("entry"));
            Assert.Equal("contentlint", words[0]);
            var command = new DocumentedCommand(File, (int)hook.Start.Line, Value("entry"), [.. words.Skip(1), .. staged]);
            Assert.Empty(DocumentedCommands.Unparsable([command]));
        }
    }
}
