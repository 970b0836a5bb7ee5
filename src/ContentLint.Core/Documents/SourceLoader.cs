using System.Globalization;
using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary content, UTF-32,
/// invalid UTF-8 and unpaired UTF-16 surrogates are reported with their position instead of being
/// decoded with replacement characters.
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
        // UTF-32's byte-order marks start like UTF-16 LE's (FF FE 00 00) or with NUL bytes: test them first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Invalid("encoding", "UTF-32 is not supported (the file starts with a UTF-32 byte-order mark); re-save it as UTF-8", string.Empty);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(path, bytes[2..], bigEndian: bytes[0] == 0xFE);
        }

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        if (body.Contains((byte)0))
        {
            return new SourceLoadResult(null, Diagnostic.Create(ParseRules.BinaryFile, default));
        }

        var encoding = hasBom ? StrictUtf8WithBom : StrictUtf8;
        var invalid = Utf8Scanner.FirstInvalidByte(body);
        if (invalid < 0)
        {
            return new SourceLoadResult(new SourceDocument(path, encoding.GetString(body), encoding, hasBom), null);
        }

        var problem = string.Create(CultureInfo.InvariantCulture, $"byte 0x{body[invalid]:X2} at byte offset {invalid + (hasBom ? 3 : 0)} is not part of a valid sequence");
        return Invalid("UTF-8", problem, encoding.GetString(body[..invalid]));
    }

    /// <summary>
    /// CL0003 when <paramref name="text"/> (from an editor, not from bytes) holds an unpaired surrogate, else null:
    /// no encoding can write it back, and normalization throws on it.
    /// </summary>
    public static Diagnostic? CheckText(string text)
    {
        var offset = Utf16Scanner.FirstUnpairedSurrogate(text);
        return offset < 0 ? null : Diagnostic.Create(
            ParseRules.InvalidEncoding,
            new TextSpan(offset, 1),
            ("encoding", "text"),
            ("problem", string.Create(CultureInfo.InvariantCulture, $"unpaired surrogate U+{(int)text[offset]:X4} is not a character; the file is not checked until it is removed")));
    }

    private static SourceLoadResult DecodeUtf16(string path, ReadOnlySpan<byte> body, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
        var invalid = Utf16Scanner.FirstInvalidByte(body, bigEndian);
        if (invalid >= 0)
        {
            var problem = invalid + 1 == body.Length
                ? string.Create(CultureInfo.InvariantCulture, $"the file ends with half a code unit (byte 0x{body[invalid]:X2} at byte offset {invalid + 2})")
                : string.Create(CultureInfo.InvariantCulture, $"unpaired surrogate 0x{(int)Utf16Scanner.CodeUnit(body, invalid, bigEndian):X4} at byte offset {invalid + 2} is not a character");
            return Invalid("UTF-16", problem, encoding.GetString(body[..invalid]));
        }

        var text = encoding.GetString(body);
        return text.Contains('\0', StringComparison.Ordinal)
            ? new SourceLoadResult(null, Diagnostic.Create(ParseRules.BinaryFile, default))
            : new SourceLoadResult(new SourceDocument(path, text, encoding, hasByteOrderMark: true), null);
    }

    private static SourceLoadResult Invalid(string encoding, string problem, string validPrefix) =>
        new(null, Diagnostic.Create(ParseRules.InvalidEncoding, new TextSpan(validPrefix.Length, 0), ("encoding", encoding), ("problem", problem)), validPrefix);
}
