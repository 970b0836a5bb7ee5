using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// Text as a reader sees it (Markdown syntax removed, YAML escapes and folding resolved), with the
/// map of every character back to the source file and the encoder that writes fixes back.
/// </summary>
public sealed class MappedText
{
    private MappedText? _codeAsText;
    private SpanIndex? _codeRegions;

    /// <summary>Creates a mapped text; <see cref="MappedTextBuilder"/> is the usual way.</summary>
    public MappedText(string text, SourceMap map, IReplacementEncoder? encoder, ImmutableArray<TextRegion> regions)
    {
        if (map.TextLength != text.Length)
        {
            throw new ArgumentException($"The map covers {map.TextLength} characters but the text has {text.Length}.", nameof(map));
        }

        Text = text;
        Map = map;
        Encoder = encoder;
        Regions = regions.IsDefault ? [] : regions;
    }

    /// <summary>The reader-visible text.</summary>
    public string Text { get; }

    /// <summary>Map from <see cref="Text"/> offsets to source offsets.</summary>
    public SourceMap Map { get; }

    /// <summary>How to write a replacement back into the source; null when fixes cannot be applied here.</summary>
    public IReplacementEncoder? Encoder { get; }

    /// <summary>Code and link regions, in text order.</summary>
    public ImmutableArray<TextRegion> Regions { get; }

    /// <summary>The source span covering the whole text.</summary>
    public TextSpan SourceSpan => Map.MapSpan(new TextSpan(0, Text.Length));

    /// <summary>True when <paramref name="span"/> overlaps a code region (out of prose scope).</summary>
    public bool IsInCode(TextSpan span) => CodeRegions.Overlaps(span);

    // Rules ask this per match: indexed once (built on first use; a race builds it twice, harmlessly).
    private SpanIndex CodeRegions => _codeRegions ??= new SpanIndex(Regions.Where(r => r.Kind == TextRegionKind.Code).Select(r => r.Span));

    /// <summary>True when <paramref name="span"/> overlaps code, whether the reading rule skips it or reads it as text.</summary>
    public bool IsWrittenAsCode(TextSpan span) =>
        Regions.Any(r => r.Kind is TextRegionKind.Code or TextRegionKind.PublishedCode && r.Span.OverlapsWith(span));

    /// <summary>
    /// This text as a family of rules reads it: itself when code is out of scope, else the same text
    /// and map with its code regions marked <see cref="TextRegionKind.PublishedCode"/> (computed
    /// once), so that <see cref="IsInCode"/> is false everywhere in it.
    /// </summary>
    public MappedText ReadFor(CodeReading code)
    {
        if (code == CodeReading.OutOfScope || !Regions.Any(r => r.Kind == TextRegionKind.Code))
        {
            return this;
        }

        return _codeAsText ??= new MappedText(Text, Map, Encoder, [.. Regions.Select(r => r.Kind == TextRegionKind.Code ? r with { Kind = TextRegionKind.PublishedCode } : r)]);
    }

    /// <summary>
    /// The text without its trailing white space, as platforms publish it (a block scalar's final line
    /// break, a Markdown body's last blank lines). What remains maps to the same source positions.
    /// </summary>
    public MappedText TrimEnd() =>
        Text.Length > 0 && char.IsWhiteSpace(Text[^1]) ? MappedTextBuilder.Of(this).TrimEnd().Build(Encoder) : this;

    /// <inheritdoc />
    public override string ToString() => Text;
}
