using ContentLint.Core.Text;
using Markdig;
using Markdig.Syntax;

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
    public static MappedText Extract(string source, TextSpan range) => Extract(source, range, null, out _);

    /// <summary>
    /// The reader-visible text of <paramref name="range"/>, and in <paramref name="imageDescriptions"/>
    /// the alternative text of each image (<c>![alt](src)</c>) as typed: published with the image (the
    /// platforms' ALT badge, screen readers), though not part of the text.
    /// </summary>
    public static MappedText ExtractImageDescriptions(string source, TextSpan range, List<MappedText> imageDescriptions)
    {
        ArgumentNullException.ThrowIfNull(imageDescriptions);
        return Extract(source, range, imageDescriptions, out _);
    }

    /// <summary>
    /// The reader-visible text of the Markdown in <paramref name="range"/>; when the Markdown nests deeper
    /// than can be read, the range as typed, with <paramref name="tooDeep"/> the first line that goes too deep.
    /// </summary>
    public static MappedText Extract(string source, TextSpan range, out TextSpan? tooDeep) => Extract(source, range, null, out tooDeep);

    /// <summary>
    /// The reader-visible text of <paramref name="range"/>, with the images' alternative texts added to
    /// <paramref name="imageDescriptions"/> (when given) and, when the Markdown nests deeper than can be
    /// read, the range as typed and in <paramref name="tooDeep"/> the first line that goes too deep.
    /// </summary>
    public static MappedText Extract(string source, TextSpan range, List<MappedText>? imageDescriptions, out TextSpan? tooDeep)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, source.Length);

        var writer = new MarkdownTextWriter(source, range);
        tooDeep = null;
        if (TryParse(source, range) is { } document)
        {
            new MarkdownBlockWalker(writer).WriteChildren(document, "\n\n");
            imageDescriptions?.AddRange(writer.ImageDescriptions.Select(span => new MappedTextBuilder(source).AppendVerbatim(span.Start, span.Length).Build(VerbatimEncoder.Instance)));
        }
        else
        {
            // Rules still read every character (a confidential term stays found), just not as Markdown.
            tooDeep = FirstLineTooDeep(source, range);
            writer.Verbatim(range.Start, range.Length);
        }

        return writer.Build();
    }

    /// <summary>
    /// Markdig's syntax tree, or null when Markdig refuses the input as nested too deeply (128 blocks,
    /// about 10,000 inline delimiters, or too little stack left): it throws an ArgumentException then.
    /// </summary>
    private static MarkdownDocument? TryParse(string source, TextSpan range)
    {
        try
        {
            return Markdig.Markdown.Parse(source.Substring(range.Start, range.Length), Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The line ending the shortest run of whole lines that Markdig refuses (a binary search).</summary>
    private static TextSpan FirstLineTooDeep(string source, TextSpan range)
    {
        var lines = new LineMap(source);
        int first = lines.GetPosition(range.Start).Line, last = lines.GetPosition(range.End).Line;
        while (first < last)
        {
            var middle = first + ((last - first) / 2);
            var prefixEnd = Math.Min(lines.GetLineSpan(middle).End, range.End);
            if (TryParse(source, TextSpan.FromBounds(range.Start, prefixEnd)) is null)
            {
                last = middle;
            }
            else
            {
                first = middle + 1;
            }
        }

        var line = lines.GetLineSpan(first);
        return TextSpan.FromBounds(Math.Max(line.Start, range.Start), Math.Clamp(line.End, range.Start, range.End));
    }
}
