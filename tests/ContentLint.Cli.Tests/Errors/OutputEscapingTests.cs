using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Errors;

/// <summary>
/// Text from posts, file names and rule files cannot forge output lines (a GitHub <c>::error</c>
/// command), colour the terminal or reorder what is shown: control characters are escaped in every
/// human format; JSON and SARIF escape them by construction.
/// </summary>
public sealed class OutputEscapingTests : IDisposable
{
    private const string ForgedKey = "\"bad\\n::error file=a.md::forged\\e[31m\\u202E\\u2028x\": 1";

    private readonly TempRepo _repo = new();

    public OutputEscapingTests() => _repo.Write("post.md", $"---\nchannel: x\n{ForgedKey}\n---\nHello\u001b[2J world.\n");

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    public void A_forged_workflow_command_stays_inside_its_finding(string format)
    {
        var result = _repo.Check("post.md", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Stdout.Split('\n'), line => line.StartsWith("::error file=a.md", StringComparison.Ordinal));
        AssertNoControlCharacters(result.Stdout);
        Assert.Contains("forged\\u001B[31m\\u202E\\u2028x", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_format_escapes_line_breaks_as_documented()
    {
        var result = _repo.Check("post.md", "--format", "github");

        Assert.Contains("Unknown field 'bad%0A::error file=a.md::forged", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_excerpt_shows_escapes_and_keeps_the_carets_under_the_span()
    {
        _repo.Write("contentlint.yaml", "confidential:\n  terms: [Aurora]\n");
        _repo.Write("leak.md", "---\nchannel: x\n---\nA\u001b[31mB Aurora.\n");

        var result = _repo.Check("leak.md");

        var lines = result.Stdout.Split('\n');
        var excerpt = Array.FindIndex(lines, l => l.Contains("A\\u001B[31mB Aurora.", StringComparison.Ordinal));
        Assert.True(excerpt >= 0, result.ToString());
        var column = lines[excerpt].IndexOf("Aurora", StringComparison.Ordinal);
        Assert.Equal(column, lines[excerpt + 1].IndexOf('^', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Machine_formats_escape_by_construction(string format)
    {
        var result = _repo.Check("post.md", "--format", format);

        // System.Text.Json escapes C0, C1, DEL and U+2028/2029; bidi controls stay raw inside their JSON string.
        var raw = result.Stdout.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, c => c is < ' ' or '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029');
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Contains("forged\\u001B[31m", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_list_and_explain_escape_the_text_of_rule_files()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\n");
        _repo.Write("rules/acme.yaml", "id: ACME001\nname: evil\ntitle: \"Evil\\e[31m\\n::error::x\"\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: \"M\\e[0m\"\nterms: [foo]\ndocs: \"Line one.\\nLine \\e[2J two.\"\n");

        var list = ContentLintProcess.Run(_repo.Root, "rules", "list");
        var explain = ContentLintProcess.Run(_repo.Root, "rules", "explain", "ACME001");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.True(explain.ExitCode == 0, explain.ToString());
        AssertNoControlCharacters(list.Stdout);
        AssertNoControlCharacters(explain.Stdout);
        Assert.Contains("Evil\\u001B[31m\\n::error::x", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("Line \\u001B[2J two.", explain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_escapes_post_ids()
    {
        _repo.Write("c.posts.yaml", "posts:\n  - id: \"a\\e[31m\\nb\"\n    channel: x\n    text: Hello.\n");

        var result = ContentLintProcess.Run(_repo.Root, "count", "c.posts.yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertNoControlCharacters(result.Stdout);
        Assert.Contains("a\\u001B[31m\\nb: x: 6/280", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Only line feeds and tabs may remain: no ESC, CR, C1, line separators or bidi controls.</summary>
    private static void AssertNoControlCharacters(string output)
    {
        foreach (var c in output)
        {
            var unsafeChar = c is < ' ' and not '\n' and not '\t' or '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
            Assert.False(unsafeChar, $"U+{(int)c:X4} in output:\n{output}");
        }
    }
}
