using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ContentLint.TestKit.Fuzzing;

/// <summary>Generators of badly encoded files: UTF-16/32 with and without BOM, broken UTF-8, NUL bytes, unpaired surrogates.</summary>
public static class HostileBytes
{
    private static readonly byte[][] Bad =
    [
        [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFF], [0x00],
        [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0x00, 0xD8], [0xD8, 0x00], [0x00, 0xDC],
    ];

    /// <summary>A post's text encoded one way or another, with bad bytes spliced in.</summary>
    public static Gen<byte[]> File(Gen<string> texts) =>
        from text in texts
        from encoding in Gen.Choose(0, 5)
        from at in Gen.Choose(0, 4_000)
        from bad in Gen.Elements(Bad)
        from splice in Gen.Elements(true, false)
        select Splice(Encode(text, encoding), at, splice ? bad : []);

    private static byte[] Encode(string text, int encoding)
    {
        var encoded = encoding switch
        {
            0 => [.. new UTF8Encoding(true).GetPreamble(), .. Lenient(new UTF8Encoding(false), text)],
            1 => [.. Encoding.Unicode.GetPreamble(), .. Lenient(new UnicodeEncoding(false, false), text)],
            2 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Lenient(new UnicodeEncoding(true, false), text)],
            3 => Lenient(new UnicodeEncoding(false, false), text), // UTF-16 without BOM
            4 => [.. Encoding.UTF32.GetPreamble(), .. Lenient(new UTF32Encoding(false, false), text)],
            _ => Lenient(new UTF8Encoding(false), text),
        };
        return encoded;
    }

    // Unpaired surrogates in the text become replacement characters: the bad bytes come from Splice.
    private static byte[] Lenient(Encoding encoding, string text) => encoding.GetBytes(text);

    private static byte[] Splice(byte[] bytes, int at, byte[] bad)
    {
        var position = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        return [.. bytes.AsSpan(0, position), .. bad, .. bytes.AsSpan(position)];
    }
}
