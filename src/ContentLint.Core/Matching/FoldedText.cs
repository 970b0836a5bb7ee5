using System.Globalization;
using System.Text;

namespace ContentLint.Core.Matching;

/// <summary>
/// A text folded for matching — lower case and, unless asked otherwise, without accents — with the
/// offset in the original text of every folded character, so matches map back exactly.
/// </summary>
public sealed class FoldedText
{
    private FoldedText(string value, int[] originalOffsets, int originalLength)
    {
        Value = value;
        _originalOffsets = originalOffsets;
        _originalLength = originalLength;
    }

    private readonly int[] _originalOffsets;
    private readonly int _originalLength;

    /// <summary>The folded characters.</summary>
    public string Value { get; }

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Create(string text, bool caseSensitive, bool accentSensitive)
    {
        var folded = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Surrogates and noncharacters (U+FFFE…) are kept as they are: .NET refuses to normalise them.
            if (char.IsSurrogate(c) || IsNoncharacter(c) || (caseSensitive && accentSensitive))
            {
                Append(folded, offsets, c, i);
                continue;
            }

            var lowered = caseSensitive ? c : char.ToLowerInvariant(c);
            if (accentSensitive || lowered < 0x80)
            {
                Append(folded, offsets, Normalize(lowered), i);
                continue;
            }

            // Decompose and drop combining marks: é → e, ç → c; œ and æ stay (they are letters).
            foreach (var d in lowered.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    Append(folded, offsets, Normalize(d), i);
                }
            }
        }

        return new FoldedText(folded.ToString(), [.. offsets], text.Length);
    }

    /// <summary>Folds a term the same way (for building a matcher).</summary>
    public static string FoldTerm(string term, bool caseSensitive, bool accentSensitive) =>
        Create(term, caseSensitive, accentSensitive).Value;

    /// <summary>Offset in the original text of folded position <paramref name="foldedIndex"/> (the text's length at the end).</summary>
    public int OriginalOffset(int foldedIndex) => foldedIndex < _originalOffsets.Length ? _originalOffsets[foldedIndex] : _originalLength;

    /// <summary>End offset (exclusive) in the original text of a folded range ending at <paramref name="foldedEnd"/>.</summary>
    public int OriginalEnd(int foldedEnd)
    {
        if (foldedEnd <= 0)
        {
            return 0;
        }

        // Each folded character comes from one original character; combining marks dropped by the
        // fold belong to the character before them, so the range extends over them.
        var end = _originalOffsets[foldedEnd - 1] + 1;
        var next = foldedEnd < _originalOffsets.Length ? _originalOffsets[foldedEnd] : _originalLength;
        return Math.Max(end, next);
    }

    /// <summary>Typographic apostrophes and dashes read as their ASCII forms, so <c>l’équipe</c> matches <c>l'équipe</c>.</summary>
    private static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');

    private static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        '\u00A0' or '\u202F' => ' ',
        _ => c,
    };

    private static void Append(StringBuilder folded, List<int> offsets, char c, int original)
    {
        folded.Append(c);
        offsets.Add(original);
    }
}
