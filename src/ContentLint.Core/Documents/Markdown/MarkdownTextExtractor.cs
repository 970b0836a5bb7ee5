using Markdig;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// The text a reader sees in a Markdown post body, every character mapped back to the source.
/// </summary>
/// <remarks>
/// The body is parsed with Markdig's CommonMark pipeline (no extensions) and written as follows.
/// <list type="bullet">
/// <item>Literal text is copied from its source position; tabs and non-BMP characters stay as they are.</item>
/// <item>Paragraphs, headings, block quotes, code blocks and lists are separated by <c>"\n\n"</c>; the items
/// of a tight list (and the blocks inside them) by <c>"\n"</c>, of a loose list by <c>"\n\n"</c>. Soft and
/// hard line breaks become <c>"\n"</c>. Separators are synthetic, standing for the source between the blocks
/// (a line break for its trailing spaces or <c>\</c> and its line ending).</item>
/// <item>Emphasis, heading (<c>#</c>, setext underline) and block-quote (<c>&gt;</c>) markers are removed;
/// list markers (<c>- </c>, <c>* </c>, <c>1. </c>) are kept as typed, with the white space after them.</item>
/// <item>A link is its label, a space (standing for <c>](</c>) and its URL as typed (a
/// <see cref="TextRegionKind.LinkTarget"/> region); the URL alone when the label is the URL, or when the
/// label shows nothing. A reference link takes its URL from the definition (mapped there); a link
/// definition itself shows nothing. An autolink <c>&lt;url&gt;</c> is its URL. Images show nothing (their
/// alternative texts are given apart: see <see cref="ExtractImageDescriptions"/>).</item>
/// <item>Code spans and the lines of fenced and indented code blocks are copied as
/// <see cref="TextRegionKind.Code"/> regions (a line ending inside a code span is a synthetic space).</item>
/// <item>HTML comments (inline or block) and inline HTML tags show nothing. Other HTML blocks are copied
/// line by line as typed, without their comments; so is text after a comment on the comment's last
/// line (<c>&lt;!-- x --&gt; text</c>, which CommonMark reads as HTML).</item>
/// <item>A backslash escape and an entity are one synthetic character standing for the whole sequence.</item>
/// <item>Thematic breaks show nothing; leading and trailing white space is dropped.</item>
/// </list>
/// </remarks>
public static class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The reader-visible text of the Markdown in <paramref name="range"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The whole source file; the map's offsets are offsets in it.</param>
    /// <param name="range">The Markdown body (after the front matter, or one thread part).</param>
    public static MappedText Extract(string source, TextSpan range) => Extract(source, range, []);

    /// <summary>
    /// The reader-visible text of <paramref name="range"/>, and in <paramref name="imageDescriptions"/>
    /// the alternative text of each image (<c>![alt](src)</c>) as typed: published with the image (the
    /// platforms' ALT badge, screen readers), though not part of the text.
    /// </summary>
    public static MappedText ExtractImageDescriptions(string source, TextSpan range, List<MappedText> imageDescriptions)
    {
        ArgumentNullException.ThrowIfNull(imageDescriptions);
        var spans = new List<TextSpan>();
        var text = Extract(source, range, spans);
        imageDescriptions.AddRange(spans.Select(span => new MappedTextBuilder(source).AppendVerbatim(span.Start, span.Length).Build(VerbatimEncoder.Instance)));
        return text;
    }

    private static MappedText Extract(string source, TextSpan range, List<TextSpan> imageDescriptions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, source.Length);

        var document = Markdig.Markdown.Parse(source.Substring(range.Start, range.Length), Pipeline);
        var writer = new MarkdownTextWriter(source, range);
        new MarkdownBlockWalker(writer).WriteChildren(document, "\n\n");
        imageDescriptions.AddRange(writer.ImageDescriptions);
        return writer.Build();
    }
}
