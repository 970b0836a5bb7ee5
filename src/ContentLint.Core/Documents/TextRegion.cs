using ContentLint.Core.Diagnostics;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>What a part of a post's text is, when it is not plain prose.</summary>
public enum TextRegionKind
{
    /// <summary>Inline or block code: counted in lengths, out of prose rules' scope.</summary>
    Code,

    /// <summary>A link target kept as a URL.</summary>
    LinkTarget,

    /// <summary>
    /// Inline or block code read as published text, by a family that reads code
    /// (<see cref="CodeReading.Text"/>): in scope, but still known to be code.
    /// </summary>
    PublishedCode,
}

/// <summary>A part of a <see cref="MappedText"/> that is not plain prose.</summary>
/// <param name="Kind">What the region is.</param>
/// <param name="Span">Where it lies in the derived text.</param>
public readonly record struct TextRegion(TextRegionKind Kind, TextSpan Span);
