using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// A text folded for marker patterns (<see cref="FoldedText"/>: lower case, no accents, plain apostrophes
/// and spaces) with every run of white space made one space, so <c>Follow  the</c> or a phrase broken
/// across lines matches a pattern written with single spaces; spans map back to the original text.
/// </summary>
internal sealed class SqueezedText
{
    private readonly FoldedText _folded;
    private readonly int[] _foldedIndex;

    private SqueezedText(string value, FoldedText folded, int[] foldedIndex)
    {
        Value = value;
        _folded = folded;
        _foldedIndex = foldedIndex;
    }

    /// <summary>The folded, squeezed characters.</summary>
    public string Value { get; }

    /// <summary>Folds and squeezes <paramref name="text"/>.</summary>
    public static SqueezedText Create(string text)
    {
        var folded = FoldedText.Create(text, caseSensitive: false, accentSensitive: false);
        var value = new StringBuilder(folded.Value.Length);
        var index = new List<int>(folded.Value.Length);
        for (var i = 0; i < folded.Value.Length; i++)
        {
            var c = folded.Value[i];
            if (char.IsWhiteSpace(c) && c is not '\n')
            {
                if (value.Length > 0 && value[^1] is ' ' or '\n')
                {
                    continue;
                }

                c = ' ';
            }

            value.Append(c);
            index.Add(i);
        }

        return new SqueezedText(value.ToString(), folded, [.. index]);
    }

    /// <summary>The original span of <paramref name="length"/> characters of <see cref="Value"/> from <paramref name="start"/>.</summary>
    public TextSpan ToOriginal(int start, int length)
    {
        var foldedStart = start < _foldedIndex.Length ? _foldedIndex[start] : _folded.Value.Length;
        var foldedEnd = length == 0 ? foldedStart : _foldedIndex[start + length - 1] + 1;
        return TextSpan.FromBounds(_folded.OriginalOffset(foldedStart), _folded.OriginalEnd(foldedEnd));
    }
}
