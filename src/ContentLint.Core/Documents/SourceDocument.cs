using System.Text;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>A file's decoded text with what is needed to write it back unchanged: encoding, BOM, line endings.</summary>
public sealed class SourceDocument
{
    private LineMap? _lines;

    /// <summary>Creates a document from decoded text.</summary>
    /// <param name="path">Path as given by the caller (used in findings).</param>
    /// <param name="text">Text without any byte-order mark.</param>
    /// <param name="encoding">Encoding the bytes were decoded with.</param>
    /// <param name="hasByteOrderMark">True when the file started with a BOM.</param>
    public SourceDocument(string path, string text, Encoding? encoding = null, bool hasByteOrderMark = false)
    {
        Path = path;
        Text = text;
        Encoding = encoding ?? new UTF8Encoding(false);
        HasByteOrderMark = hasByteOrderMark;
        LineEnding = DetectLineEnding(text);
    }

    /// <summary>Path as given by the caller.</summary>
    public string Path { get; }

    /// <summary>Decoded text, without BOM.</summary>
    public string Text { get; }

    /// <summary>Encoding to write the file back with.</summary>
    public Encoding Encoding { get; }

    /// <summary>True when the file starts with a byte-order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>The dominant line ending (<c>\r\n</c> or <c>\n</c>); fixes insert line breaks in this form.</summary>
    public string LineEnding { get; }

    /// <summary>Offset ↔ line/character conversions.</summary>
    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>The same file with new text (after fixes), keeping encoding and BOM.</summary>
    public SourceDocument WithText(string text) => new(Path, text, Encoding, HasByteOrderMark);

    /// <summary>The bytes to write: BOM if the original had one, then the encoded text.</summary>
    public byte[] GetBytes()
    {
        var preamble = HasByteOrderMark ? Encoding.GetPreamble() : [];
        var body = Encoding.GetBytes(Text);
        return [.. preamble, .. body];
    }

    private static string DetectLineEnding(string text)
    {
        int crlf = 0, lf = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (i > 0 && text[i - 1] == '\r')
                {
                    crlf++;
                }
                else
                {
                    lf++;
                }
            }
        }

        return crlf > lf ? "\r\n" : "\n";
    }
}
