using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules.Engine;

namespace ContentLint.Core.Documents;

/// <summary>
/// Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary content and
/// invalid UTF-8 are reported with their position instead of being decoded with replacement characters.
/// </summary>
public static class SourceLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding StrictUtf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Reads and decodes a file, without reading it when it is over <paramref name="maxBytes"/>.</summary>
    public static SourceLoadResult LoadFile(string path, string displayPath, long maxBytes)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            return new SourceLoadResult(null, Diagnostic.Create(ParseRules.FileTooLarge, default, ("size", length), ("limit", maxBytes)));
        }

        // Zero bytes: nothing to read, and not opened — a named pipe or a device would block the run.
        return Decode(displayPath, length == 0 ? [] : File.ReadAllBytes(path));
    }

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>.</summary>
    public static SourceLoadResult Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            return DecodeWith(path, bytes[2..], utf16, hasBom: true);
        }

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new SourceLoadResult(null, Diagnostic.Create(ParseRules.BinaryFile, default));
        }

        return DecodeWith(path, body, hasBom ? StrictUtf8WithBom : StrictUtf8, hasBom);
    }

    private static SourceLoadResult DecodeWith(string path, ReadOnlySpan<byte> body, Encoding encoding, bool hasBom)
    {
        try
        {
            return new SourceLoadResult(new SourceDocument(path, encoding.GetString(body), encoding, hasBom), null);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = FirstInvalidByte(body, encoding, ex);
            var prefix = encoding.GetString(body[..offset]);
            var diagnostic = Diagnostic.Create(
                ParseRules.InvalidEncoding,
                new TextSpan(prefix.Length, 0),
                ("byte", body[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)),
                ("offset", offset + (hasBom ? encoding.GetPreamble().Length : 0)));
            return new SourceLoadResult(null, diagnostic, prefix);
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> body, Encoding encoding, DecoderFallbackException ex)
    {
        if (encoding is UTF8Encoding)
        {
            // Scan with the status API: exact byte offset of the first invalid sequence.
            var remaining = body;
            while (!remaining.IsEmpty)
            {
                var status = System.Text.Rune.DecodeFromUtf8(remaining, out _, out var consumed);
                if (status != System.Buffers.OperationStatus.Done)
                {
                    return body.Length - remaining.Length;
                }

                remaining = remaining[consumed..];
            }
        }

        return Math.Clamp(ex.Index, 0, Math.Max(0, body.Length - 1));
    }
}
