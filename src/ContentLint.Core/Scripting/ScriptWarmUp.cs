using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting;

/// <summary>The sample post a script runs on once when it loads, so JIT compilation is not charged to a real post's budget.</summary>
internal static class ScriptWarmUp
{
    private const string Post = "---\nchannel: x\nlang: en\n---\nHello @world, see https://example.com #news. Bonjour à tous ! Is it 10:30?\n";

    /// <summary>The sample file (one post) and the default configuration it is read with.</summary>
    public static (PostDocument Document, LintConfiguration Configuration) Sample()
    {
        var configuration = LintConfiguration.CreateDefault(Path.GetTempPath());
        return (Documents.Markdown.MarkdownPostParser.Parse(new SourceDocument("warm-up.md", Post), configuration), configuration);
    }
}
