using System.Text;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents;

public sealed class SourceLoaderTests
{
    [Fact]
    public void Utf8_with_bom_keeps_the_bom_for_writing_back()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "hé"u8];

        var result = SourceLoader.Decode("a.md", bytes);

        Assert.Equal("hé", result.Document!.Text);
        Assert.True(result.Document.HasByteOrderMark);
        Assert.Equal(bytes, result.Document.GetBytes());
    }

    [Fact]
    public void Utf16_with_bom_is_decoded_and_written_back_identically()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("post\r\n")).ToArray();

        var result = SourceLoader.Decode("a.md", bytes);

        Assert.Equal("post\r\n", result.Document!.Text);
        Assert.Equal("\r\n", result.Document.LineEnding);
        Assert.Equal(bytes, result.Document.GetBytes());
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        byte[] bytes = [.. "line one\ncaf"u8, 0xE9, .. " au lait"u8];

        var result = SourceLoader.Decode("a.md", bytes);

        Assert.Null(result.Document);
        Assert.Equal(ParseRules.InvalidEncoding, result.Diagnostic!.Rule);
        Assert.Contains("0xE9 at byte offset 12", result.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new LinePosition(1, 3), new LineMap(result.ProblemText!).GetPosition(result.Diagnostic.Span.Start));
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0];

        var result = SourceLoader.Decode("image.md", bytes);

        Assert.Equal(ParseRules.BinaryFile, result.Diagnostic!.Rule);
    }

    [Fact]
    public void Files_over_the_limit_are_not_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"contentlint-big-{Guid.NewGuid():N}.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(2048);
        }

        try
        {
            var result = SourceLoader.LoadFile(path, "big.md", maxBytes: 1024);

            Assert.Equal(ParseRules.FileTooLarge, result.Diagnostic!.Rule);
            Assert.Contains("2048 bytes, over the 1024-byte limit", result.Diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
