using System.Text;
using ContentLint.Cli.Formatters.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Cli.Tests.Formatters;

/// <summary>The stream JSON reports are written through: whatever the cuts between writes, the text arrives whole.</summary>
public sealed class TextWriterStreamTests
{
    [Property(MaxTest = 500)]
    public Property Text_cut_anywhere_between_writes_arrives_unchanged() =>
        Prop.ForAll(Arb.From(Gen.Elements("a", "é", "’", "\u00a0", "🎉", "👩‍💻", "\n", "\"").ListOf()), Arb.From(Gen.Choose(1, 7).ListOf()), (pieces, cuts) =>
        {
            var text = string.Concat(pieces);
            var bytes = Encoding.UTF8.GetBytes(text);
            var writer = new StringWriter();
            using (var stream = new TextWriterStream(writer))
            {
                var at = 0;
                foreach (var cut in cuts.Concat(Enumerable.Repeat(3, bytes.Length)))
                {
                    if (at >= bytes.Length)
                    {
                        break;
                    }

                    var length = Math.Min(cut, bytes.Length - at);
                    stream.Write(bytes, at, length);
                    at += length;
                }
            }

            Assert.Equal(text, writer.ToString());
        });
}
