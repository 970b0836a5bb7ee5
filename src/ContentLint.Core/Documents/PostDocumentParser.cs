using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Documents.Yaml;

namespace ContentLint.Core.Documents;

/// <summary>Chooses the parser for a file by its name.</summary>
public static class PostDocumentParser
{
    /// <summary>The format of <paramref name="path"/>, or null when it is not a content file.</summary>
    public static DocumentKind? KindOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".posts.yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".posts.yml", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.YamlCalendar;
        }

        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentKind.MarkdownPost
            : null;
    }

    /// <summary>Parses <paramref name="document"/> as <paramref name="kind"/>.</summary>
    public static PostDocument Parse(SourceDocument document, DocumentKind kind, IParseOptions configuration) => kind switch
    {
        DocumentKind.YamlCalendar => YamlCalendarParser.Parse(document, configuration),
        _ => MarkdownPostParser.Parse(document, configuration),
    };
}
