using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.RuleHost.Protocol;
using MessagePack;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>The rule host's written-out formatters: every message comes back field for field, and a malformed one is refused.</summary>
public sealed class WireFormattersTests
{
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard.WithResolver(WireFormatters.Resolver);

    private static readonly WireDiagnostic Diagnostic = new(
        "ACME001", 12, 6, "Mention of competitor 'Globex'",
        [new("name", "Globex", null, null), new("count", null, null, 3_000_000_000), new("type", "promo", "promotion", null), new("none", null, null, null)],
        [new("Remove it", [new(12, 6, string.Empty), new(40, 0, "é")])],
        "post-2",
        3);

    [Fact]
    public void Every_message_comes_back_field_for_field()
    {
        var document = PostDocumentParser.Parse(new SourceDocument("posts/a.md", "---\nchannel: x\n---\nText"), DocumentKind.MarkdownPost, LintConfiguration.CreateDefault("/r"));
        var checks = new PostBatch[] { new("/r/contentlint.yaml", document, [0, 2], ["ACME001", "ACME002"]) };
        WireDiagnostic[][] found = [[Diagnostic], [], [Diagnostic with { Arguments = null, Fixes = [], PostId = null }]];

        AssertRoundTrip(new HostSetup("/r/contentlint.yaml"));
        AssertRoundTrip(new HostSetup("case 3", "rules:\n  ACME001: off\n", "/r/cases"));
        AssertRoundTrip(new ScriptFile("/r/contentlint.yaml", "rules/a.csx", "Report(default, \"x\");"));
        AssertRoundTrip(new ScriptLoadReply(true, [Diagnostic]));
        AssertRoundTrip(checks);
        AssertRoundTrip(new RunBatch("/r/contentlint.yaml", "ACME010", [document, document]));
        AssertRoundTrip(found);
        AssertRoundTrip(new HostStats(2, 8, false, "/home/u/.cache/contentlint"));

        var diagnostic = RoundTrip(Diagnostic);
        Assert.Equal(3_000_000_000, diagnostic.Arguments![1].Number);
        Assert.Equal("promotion", diagnostic.Arguments[2].French);
        Assert.Equal("é", diagnostic.Fixes[0].Edits[1].NewText);
        Assert.Equal(("post-2", 3), (diagnostic.PostId, diagnostic.Document));
    }

    [Fact]
    public void A_message_with_another_number_of_fields_is_refused()
    {
        var bytes = MessagePackSerializer.Serialize(new[] { "/r/contentlint.yaml", "extra" }, Options);

        var error = Assert.Throws<MessagePackSerializationException>(() => MessagePackSerializer.Deserialize<HostSetup>(bytes, Options));
        Assert.Contains("2 fields, not 3", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nil_where_a_text_is_required_is_refused()
    {
        var bytes = MessagePackSerializer.Serialize(new string?[] { null, null, null }, Options);

        Assert.Throws<MessagePackSerializationException>(() => MessagePackSerializer.Deserialize<HostSetup>(bytes, Options));
    }

    private static T RoundTrip<T>(T value) => MessagePackSerializer.Deserialize<T>(MessagePackSerializer.Serialize(value, Options), Options);

    /// <summary>Serialized again after the round trip, the message has the same bytes (records holding arrays do not compare by value).</summary>
    private static void AssertRoundTrip<T>(T value) =>
        Assert.Equal(MessagePackSerializer.Serialize(value, Options), MessagePackSerializer.Serialize(RoundTrip(value), Options));
}
