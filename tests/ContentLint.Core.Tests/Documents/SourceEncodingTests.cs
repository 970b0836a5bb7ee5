using System.Text;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents;

/// <summary>Every kind of badly encoded content is one CL0003/CL0004 with an exact position, never an exception.</summary>
public sealed class SourceEncodingTests
{
    private const string Post = "---\nchannel: x\n---\nhello ";

    private static byte[] Utf16(bool bigEndian, string before, ushort[] units, string after)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var middle = units.SelectMany(u => bigEndian ? new[] { (byte)(u >> 8), (byte)u } : [(byte)u, (byte)(u >> 8)]);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(before), .. middle, .. encoding.GetBytes(after)];
    }

    [Theory]
    [InlineData(false, (ushort)0xD83D)]
    [InlineData(true, (ushort)0xD83D)]
    [InlineData(false, (ushort)0xDE00)]
    [InlineData(true, (ushort)0xDE00)]
    public void Utf16_with_an_unpaired_surrogate_is_reported_where_it_is(bool bigEndian, ushort surrogate)
    {
        var result = SourceLoader.Decode("a.md", Utf16(bigEndian, Post, [surrogate], "world\n"));

        Assert.Null(result.Document);
        Assert.Equal(ParseRules.InvalidEncoding, result.Diagnostic!.Rule);
        Assert.Equal($"Invalid UTF-16: unpaired surrogate 0x{surrogate:X4} at byte offset {2 + (2 * Post.Length)} is not a character", result.Diagnostic.Message);
        Assert.Equal(new LinePosition(3, 6), new LineMap(result.ProblemText!).GetPosition(result.Diagnostic.Span.Start));
    }

    [Fact]
    public void Utf16_surrogate_pairs_and_a_high_surrogate_at_the_very_end()
    {
        var valid = SourceLoader.Decode("a.md", Utf16(false, Post, [0xD83D, 0xDE00], "\n"));
        var cut = SourceLoader.Decode("a.md", Utf16(false, Post, [0xD83D], string.Empty));

        Assert.Equal(Post + "😀\n", valid.Document!.Text);
        Assert.Contains("unpaired surrogate 0xD83D", cut.Diagnostic!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_an_odd_number_of_bytes_is_reported_at_the_last_byte()
    {
        byte[] bytes = [.. Utf16(false, Post, [], string.Empty), 0x41];

        var result = SourceLoader.Decode("a.md", bytes);

        Assert.Contains("ends with half a code unit (byte 0x41", result.Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal(Post, result.ProblemText);
    }

    [Fact]
    public void Utf16_holding_nul_characters_is_binary()
    {
        var result = SourceLoader.Decode("a.md", Utf16(false, Post, [0], "\n"));

        Assert.Equal(ParseRules.BinaryFile, result.Diagnostic!.Rule);
    }

    [Theory]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Utf32_is_reported_not_decoded_as_utf16(string name)
    {
        var encoding = Encoding.GetEncoding(name);

        var result = SourceLoader.Decode("a.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(Post)]);

        Assert.Equal(ParseRules.InvalidEncoding, result.Diagnostic!.Rule);
        Assert.Contains("UTF-32 is not supported", result.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 }, "0xC3")] // truncated two-byte sequence at the end
    [InlineData(new byte[] { 0xE2, 0x82 }, "0xE2")] // truncated three-byte sequence
    [InlineData(new byte[] { 0xC0, 0xAF }, "0xC0")] // overlong '/'
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, "0xE0")] // overlong, three bytes
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")] // a UTF-16 surrogate encoded in UTF-8
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4")] // above U+10FFFF
    [InlineData(new byte[] { 0x80 }, "0x80")] // lone continuation byte
    public void Invalid_utf8_sequences_are_reported_at_their_first_byte(byte[] bad, string shown)
    {
        var prefix = Encoding.UTF8.GetBytes(Post);

        var result = SourceLoader.Decode("a.md", [.. prefix, .. bad, .. "x\n"u8]);

        Assert.Equal($"Invalid UTF-8: byte {shown} at byte offset {prefix.Length} is not part of a valid sequence", result.Diagnostic!.Message);
        Assert.Equal(Post, result.ProblemText);
    }

    [Fact]
    public void Editor_text_with_an_unpaired_surrogate_is_a_finding_at_its_position()
    {
        var text = Post + "\uD83D world\n";

        var finding = Assert.Single(Lint.Text("post.md", text).Findings);

        Assert.Equal("CL0003", finding.RuleId);
        Assert.Equal("4:7", finding.At());
        Assert.Equal("\uD83D", finding.Covered(text));
        Assert.Contains("unpaired surrogate U+D83D", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_text_with_a_surrogate_pair_is_checked()
    {
        var result = Lint.Text("post.md", Post + "😀 world\n");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CL0003");
    }
}
