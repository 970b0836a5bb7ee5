namespace ContentLint.Core.Documents;

/// <summary>The file formats ContentLint reads.</summary>
public enum DocumentKind
{
    /// <summary>A <c>.md</c> file: one post in YAML front matter and a Markdown body.</summary>
    MarkdownPost,

    /// <summary>A <c>*.posts.yaml</c> / <c>*.posts.yml</c> calendar of posts.</summary>
    YamlCalendar,
}
