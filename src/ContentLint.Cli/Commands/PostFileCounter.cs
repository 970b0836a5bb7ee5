using ContentLint.Core.Channels;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>count</c> on a post file: the engine's parse and the engine's measures (<see cref="PostMeasures"/>,
/// also behind the editor's counter), so each post, variant and thread part counts as in <c>check</c>.
/// </summary>
internal static class PostFileCounter
{
    /// <summary>One labelled measure per post text and channel, or null when the file holds no post (a README, plain text).</summary>
    public static List<(string Label, ChannelMeasurement Measurement)>? TryMeasure(Linter linter, string path, string workingDirectory)
    {
        if (PostDocumentParser.KindOf(path) is not { } kind)
        {
            return null;
        }

        var display = Path.GetRelativePath(workingDirectory, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
        var source = Load(linter, path, display);
        var document = source.Text.AsSpan().IsWhiteSpace() ? null : PostDocumentParser.Parse(source, kind, linter.Configuration);
        if (document is null || document.Posts.IsEmpty)
        {
            if (kind == DocumentKind.MarkdownPost && document?.Diagnostics.IsEmpty != false)
            {
                return null; // Markdown without a channel is not a post: counted as plain text.
            }

            var why = document?.Diagnostics.FirstOrDefault() is { } first ? $": {first.Message}" : string.Empty;
            throw new CommandFailedException($"{Printable.Escape(display)}: no post to count{Printable.Escape(why)}");
        }

        return [.. PostMeasures.Compute(document, linter.Channels).Select(m => (Label(m), m.Measurement))];
    }

    /// <summary>The decoded text of a file that is not a post.</summary>
    public static string ReadText(string path)
    {
        var loaded = SourceLoader.Decode(path, File.ReadAllBytes(path));
        return loaded.Document?.Text ?? throw new CommandFailedException($"{Printable.Escape(path)}: {loaded.Diagnostic!.Message}");
    }

    private static SourceDocument Load(Linter linter, string path, string display)
    {
        var (source, failure) = linter.LoadFile(path, display);
        return source ?? throw new CommandFailedException(Printable.Escape($"{display}: {failure!.Findings[0].Message}"));
    }

    /// <summary><c>launch (part 2, variant): </c>: the post's ID, its thread part and whether the text is a variant.</summary>
    private static string Label(PostMeasure measure)
    {
        var details = new List<string>();
        if (measure.Part is { } part)
        {
            details.Add($"part {part}");
        }

        if (measure.IsVariant)
        {
            details.Add("variant");
        }

        var suffix = details.Count == 0 ? string.Empty : $" ({string.Join(", ", details)})";
        return $"{Printable.Escape(measure.Post.Id)}{suffix}: ";
    }
}
