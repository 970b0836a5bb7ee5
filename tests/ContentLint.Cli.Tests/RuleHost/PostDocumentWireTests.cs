using System.Collections;
using System.Reflection;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.RuleHost.Protocol;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MessagePack;

namespace ContentLint.Cli.Tests.RuleHost;

/// <summary>
/// A parsed document crosses the pipe to the rule host whole: what the host rebuilds has every
/// public property of what the parent parsed, recursively (texts, source maps, regions, fields of
/// every shape, variants, suppressions, parse findings), and every text's encoder with its settings —
/// so a script sees, and a fix is written, as if the host had parsed the file itself.
/// </summary>
public sealed class PostDocumentWireTests
{
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard.WithResolver(WireFormatters.Resolver);

    /// <summary>Every scalar style (and so every encoder), thread, variants, defaults, nested fields, suppressions, an invalid field.</summary>
    private const string Calendar =
        "defaults:\n  persona: support\n  lang: fr\n  extra: {a: [1, {b: c}], d: ~}\n" +
        "posts:\n" +
        "  - id: one\n    channels: [x, mastodon]\n    type: promo\n    publish_at: 2026-12-02T10:00:00+01:00\n    reply_to: https://x.com/a/1\n" +
        "    text: \"Double \\\"quoted\\\" \\u00e9\n      on two lines\"\n" +
        "    variants:\n      mastodon: |2\n          Literal with an indicator\n          second line\n" +
        "    contentlint: {disable: [CL1001]}\n" +
        "  - id: two\n    channel: x\n    type: nonsense\n    thread:\n      - 'single ''quoted'''\n      - plain text\n      - >\n        folded\n          more indented\n        end\n" +
        "  # contentlint-disable-next-line CL1002 -- reason\n" +
        "  - id: three\n    channel: pinterest\n    title: {t: x}\n    alt: Alt text\n    content_warning: cw\n    text: |\r\n      Literal\r\n      CRLF\r\n";

    private const string Markdown =
        "---\nchannel: linkedin\ntitle: \"A title\"\ntags: [a, b]\nthread: true\n---\nHello `code` and [a link](https://example.com) ![alt text](i.png)\n\n---\n\nPart two &amp; more.\n<!-- contentlint-disable CL1001 -->\n";

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string> { { "inline.posts.yaml", Calendar }, { "inline.md", Markdown } };
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Examples, "*", SearchOption.AllDirectories).Where(f => PostDocumentParser.KindOf(f) is not null).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Examples, file), File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_host_rebuilds_the_parsed_document_property_for_property(string path, string text)
    {
        var parsed = Parse(path, text);

        var rebuilt = RoundTrip(parsed);

        Assert.Equal(Describe(parsed), Describe(rebuilt));
        AssertSkippable(parsed);
    }

    /// <summary>
    /// Every array and map header counts exactly what follows: the RPC layer skips a message's
    /// arguments by their headers (a wrong count made the host lose its pipe on every file).
    /// </summary>
    private static void AssertSkippable(PostDocument document)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(2);
        MessagePackSerializer.Serialize(ref writer, document, Options);
        writer.Write("after");
        writer.Flush();

        var reader = new MessagePackReader(buffer.WrittenMemory);
        Assert.Equal(2, reader.ReadArrayHeader());
        reader.Skip();
        Assert.Equal("after", reader.ReadString());
        Assert.True(reader.End);
    }

    [Property(MaxTest = 300)]
    public Property Any_markdown_post_comes_back_property_for_property() =>
        Prop.ForAll(MarkdownPosts(), text => AssertRoundTrip(Parse("p.md", text)));

    [Property(MaxTest = 300)]
    public Property Any_calendar_comes_back_property_for_property() =>
        Prop.ForAll(Calendars(), text => AssertRoundTrip(Parse("c.posts.yaml", text)));

    [Fact]
    public void The_inline_documents_cover_every_encoder_and_field_shape()
    {
        var calendar = PostDocumentParser.Parse(new SourceDocument("c.posts.yaml", Calendar), DocumentKind.YamlCalendar, LintConfiguration.CreateDefault(RepoPaths.Examples));
        var markdown = PostDocumentParser.Parse(new SourceDocument("m.md", Markdown), DocumentKind.MarkdownPost, LintConfiguration.CreateDefault(RepoPaths.Examples));
        var texts = calendar.Posts.Concat(markdown.Posts).SelectMany(p => p.AllTexts.Concat([p.Title, p.AltText, p.ContentWarning]).Concat(p.ImageDescriptions)).OfType<MappedText>().ToList();

        var encoders = texts.Select(t => t.Encoder?.GetType().Name).ToHashSet();
        string[] every = ["VerbatimEncoder", "DoubleQuotedScalarEncoder", "SingleQuotedScalarEncoder", "PlainScalarEncoder", "FoldedBlockEncoder", "LiteralBlockEncoder"];
        Assert.True(encoders.IsSupersetOf(every), $"encoders seen: {string.Join(", ", encoders)}");
        Assert.Contains(texts, t => t.Regions.Length > 0);
        Assert.Contains(calendar.Posts.SelectMany(p => p.Fields.Values), f => f.IsInherited && f.Value is IDictionary);
        Assert.NotEmpty(calendar.Diagnostics);
        Assert.NotEmpty(calendar.Suppressions);
        Assert.Contains(calendar.Posts, p => p.Variants.Length > 0 && p.PublishAt is not null && p.Type is not null && p.ReplyTo is not null);
    }

    private static readonly string[] BodyTokens =
    [
        "a", "é", " ", "\n", "\n\n", "\r\n", "*", "_", "`", "```", "[", "](https://x.io)", "![", "#", ">", "- ", "---", "\\", "&amp;", "&#233;",
        "<!-- contentlint-disable CL1001 -->", "<b>", "@someone", "#tag", "😀", "’",
    ];

    private static readonly string[] ScalarTokens = ["a", " ", "é", "'", "\"", ":", "#", "\\", "😀", "-", "{", "["];

    private static readonly string[] Styles = ["plain", "single", "double", "literal", "folded"];

    private static PostDocument Parse(string path, string text) =>
        PostDocumentParser.Parse(new SourceDocument(path, text), PostDocumentParser.KindOf(path)!.Value, LintConfiguration.CreateDefault(RepoPaths.Examples));

    private static void AssertRoundTrip(PostDocument document)
    {
        Assert.Equal(Describe(document), Describe(RoundTrip(document)));
        AssertSkippable(document);
    }

    private static PostDocument RoundTrip(PostDocument document) =>
        MessagePackSerializer.Deserialize<PostDocument>(MessagePackSerializer.Serialize(document, Options), Options);

    private static Arbitrary<string> MarkdownPosts() =>
        (from body in Gen.Elements(BodyTokens).ArrayOf()
         from title in Scalar()
         from thread in Gen.Elements(true, false)
         select $"---\nchannels: [x, linkedin]\ntitle: {title}\nthread: {(thread ? "true" : "false")}\n---\n{string.Concat(body)}\n").ToArbitrary();

    private static Arbitrary<string> Calendars() =>
        (from text in Scalar()
         from alt in Scalar()
         from extra in Scalar()
         select $"posts:\n  - id: one\n    channel: pinterest\n    text: {text}\n    alt: {alt}\n    extra: [{extra.Replace("\n", " ", StringComparison.Ordinal)}]\n").ToArbitrary();

    /// <summary>A YAML value in any scalar style, written for a key indented by 4 spaces (or less).</summary>
    private static Gen<string> Scalar() =>
        from tokens in Gen.Elements(ScalarTokens).NonEmptyListOf()
        from style in Gen.Elements(Styles)
        select Write(string.Concat(tokens), style);

    private static string Write(string value, string style) => style switch
    {
        "single" => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'",
        "double" => $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        "literal" => $"|\n      {value}\n      {value}",
        "folded" => $">\n      {value}\n        {value}",
        _ => value,
    };

    /// <summary>Every public property, recursively, one line each; an encoder by its type and settings (its private fields).</summary>
    private static List<string> Describe(object? value)
    {
        var lines = new List<string>();
        Describe(value, "document", lines, 0);
        return lines;
    }

    private static void Describe(object? value, string path, List<string> lines, int depth)
    {
        Assert.True(depth < 24, $"{path} is nested too deeply to describe.");
        if (value is null or string or DateTimeOffset or TextSpan || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            lines.Add($"{path} = {value ?? "null"} ({value?.GetType().Name})");
            return;
        }

        switch (value)
        {
            case RuleDescriptor rule:
                lines.Add($"{path} = rule {rule.Id}");
                return;
            case IReplacementEncoder encoder:
                var settings = encoder.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Select(f => $"{f.Name}={f.GetValue(encoder)}");
                lines.Add($"{path} = {encoder.GetType().Name}({string.Join(", ", settings)})");
                return;
            case System.Runtime.CompilerServices.ITuple tuple:
                for (var item = 0; item < tuple.Length; item++)
                {
                    Describe(tuple[item], $"{path}.Item{item + 1}", lines, depth + 1);
                }

                return;
            case System.Text.Encoding encoding:
                lines.Add($"{path} = {encoding.WebName}");
                return;
            case IDictionary dictionary:
                foreach (var key in dictionary.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal))
                {
                    Describe(dictionary[key], $"{path}[{key}]", lines, depth + 1);
                }

                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    Describe(item, $"{path}[{i++}]", lines, depth + 1);
                }

                lines.Add($"{path}.Count = {i}");
                return;
        }

        lines.Add($"{path} : {value.GetType().Name}");
        foreach (var property in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Describe(property.GetValue(value), $"{path}.{property.Name}", lines, depth + 1);
        }
    }
}
