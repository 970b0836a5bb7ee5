using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>A test document with <c>¦</c> marking positions: the text without the marks, and the marks' LSP positions.</summary>
internal sealed record MarkedText(string Text, IReadOnlyList<(int Line, int Character)> Marks)
{
    public const char Mark = '¦';

    /// <summary>Parses <paramref name="marked"/>, with CRLF line breaks when <paramref name="crlf"/> is true.</summary>
    public static MarkedText Parse(string marked, bool crlf = false)
    {
        if (crlf)
        {
            marked = marked.ReplaceLineEndings("\r\n");
        }

        var offsets = new List<int>();
        for (var i = marked.IndexOf(Mark); i >= 0; i = marked.IndexOf(Mark, i))
        {
            offsets.Add(i);
            marked = marked.Remove(i, 1);
        }

        var lines = new LineMap(marked);
        return new MarkedText(marked, [.. offsets.Select(o => lines.GetPosition(o)).Select(p => (p.Line, p.Character))]);
    }

    /// <summary>Each named case twice: with LF, then with CRLF line breaks.</summary>
    public static TheoryData<string, string, bool> WithBothLineEndings(IEnumerable<(string Name, string Text)> cases)
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (name, text) in cases)
        {
            data.Add(name, text, false);
            data.Add(name, text, true);
        }

        return data;
    }

    /// <summary>A Markdown post when the text opens with front matter, else a calendar.</summary>
    public bool IsMarkdown => Text.StartsWith("---", StringComparison.Ordinal);

    public string Uri => IsMarkdown ? "file:///ws/post.md" : "file:///ws/plan.posts.yaml";

    public string LanguageId => IsMarkdown ? "markdown" : "yaml";
}
