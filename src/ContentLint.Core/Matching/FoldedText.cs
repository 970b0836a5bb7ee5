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

    private static readonly string?[] AccentFree = new string?[char.MaxValue + 1];

    private readonly int[] _originalOffsets;
    private readonly int _originalLength;

    /// <summary>The folded characters.</summary>
    public string Value { get; }

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Create(string text, bool caseSensitive, bool accentSensitive)
    {
        // Most characters fold to one: the buffers start at the text's length and grow only for the rare
        // character that folds to several (a ligature decomposed into letters).
        var folded = new char[text.Length];
        var offsets = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Surrogates and noncharacters (U+FFFE…) are kept as they are: .NET refuses to normalise them.
            if (char.IsSurrogate(c) || IsNoncharacter(c) || (caseSensitive && accentSensitive))
            {
                Append(ref folded, ref offsets, ref length, c, i);
                continue;
            }

            var lowered = caseSensitive ? c : char.ToLowerInvariant(c);
            if (accentSensitive || lowered < 0x80)
            {
                Append(ref folded, ref offsets, ref length, Normalize(lowered), i);
                continue;
            }

            foreach (var d in WithoutAccents(lowered))
            {
                Append(ref folded, ref offsets, ref length, d, i);
            }
        }

        return new FoldedText(new string(folded, 0, length), length == offsets.Length ? offsets : offsets[..length], text.Length);
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

    private static void Append(ref char[] folded, ref int[] offsets, ref int length, char c, int original)
    {
        if (length == folded.Length)
        {
            Array.Resize(ref folded, Math.Max(4, folded.Length * 2));
            Array.Resize(ref offsets, folded.Length);
        }

        folded[length] = c;
        offsets[length++] = original;
    }

    /// <summary>
    /// A lower-case character decomposed, its combining marks dropped (é → e, ç → c; œ and æ stay, they
    /// are letters), each remaining character normalized. Computed once per character: a post is folded
    /// by every term list, and French text has an accent every few words.
    /// </summary>
    private static string WithoutAccents(char lowered)
    {
        var known = Volatile.Read(ref AccentFree[lowered]);
        if (known is not null)
        {
            return known;
        }

        var kept = new StringBuilder(2);
        foreach (var d in lowered.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(Normalize(d));
            }
        }

        var value = kept.ToString();
        Volatile.Write(ref AccentFree[lowered], value);
        return value;
    }
}
