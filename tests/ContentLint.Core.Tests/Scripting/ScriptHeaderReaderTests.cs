using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;

namespace ContentLint.Core.Tests.Scripting;

public sealed class ScriptHeaderReaderTests
{
    [Fact]
    public void A_full_header_becomes_a_descriptor_with_typed_options()
    {
        const string text = "/*---\nid: ACME001\nname: no-competitor\ntitle: No competitors.\ncategory: brand-voice\nseverity: error\nmessage: \"Competitor '{name}'\"\ndocs: |\n  Why.\noptions:\n  max: 3\n  ratio: 0.5\n  strict: true\n  label: \"3\"\n  names: [a, b]\n---*/\nvar x = 1;\n";

        var result = ScriptHeaderReader.Read(new SourceDocument("rules/x.csx", text));

        var header = Assert.IsType<ScriptHeader>(result.Header);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("ACME001", "no-competitor", "No competitors.", RuleCategory.BrandVoice, Severity.Error), (header.Descriptor.Id, header.Descriptor.Name, header.Descriptor.Title, header.Descriptor.Category, header.Descriptor.DefaultSeverity));
        Assert.Equal("Competitor 'Acme'", header.Descriptor.FormatMessage(("name", "Acme")));
        Assert.Equal("Why.", header.Descriptor.Description);
        Assert.Equal(3L, header.Options["max"]);
        Assert.Equal(0.5, header.Options["ratio"]);
        Assert.Equal(true, header.Options["strict"]);
        Assert.Equal("3", header.Options["label"]);
        Assert.Equal(["a", "b"], (IReadOnlyList<string>)header.Options["names"]!);
        Assert.Equal("ACME001", text.Substring(header.IdSpan.Start, header.IdSpan.Length));
    }

    [Theory]
    [InlineData("/*---\nid: ACME9\n---*/\n", "ACME9.no-x.csx", "no-x")]
    [InlineData("/*---\nid: ACME9\n---*/\n", "rule.csx", "rule")]
    [InlineData("/*---\nid: ACME9\n---*/\n", "ACME9.csx", "rule-acme9")]
    public void The_name_defaults_to_the_file_name_after_the_id(string text, string file, string name)
    {
        Assert.Equal(name, ScriptHeaderReader.Read(new SourceDocument(file, text)).Header!.Descriptor.Name);
    }

    [Theory]
    [InlineData("var x = 1;\n", "1:1", "the file must start with a '/*---' line")]
    [InlineData("/*---\nname: x\n---*/\n", "1:1", "'id:' is missing")]
    [InlineData("/*---\nid: ACME1\nname: [oops\n---*/\n", "4:", "Invalid rule header")]
    [InlineData("/*---\nid: CL2001\ncategory: brand-voice\n---*/\n", "2:5", "'CL2001' is outside the brand-voice range (CL4000–CL4999)")]
    [InlineData("/*---\nid: CL4001\n---*/\n", "2:5", "IDs starting with 'CL' belong to ContentLint's categories")]
    [InlineData("/*---\nid: ACME1\ncategory: engine\n---*/\n", "3:11", "the engine category (CL0xxx) is reserved")]
    [InlineData("/*---\nid: ACME1\ncategory: brandvoice\n---*/\n", "3:11", "unknown category 'brandvoice'")]
    [InlineData("/*---\nid: ACME1\nseverity: loud\n---*/\n", "3:11", "severity 'loud' is not one of")]
    [InlineData("/*---\nid: acme1\n---*/\n", "2:5", "is not a rule ID")]
    [InlineData("/*---\nid: ACME1\nname: acme1\n---*/\n", "3:7", "the name must differ from the ID")]
    [InlineData("/*---\nid: ACME1\nname: NoCaps\n---*/\n", "3:7", "must be kebab-case")]
    [InlineData("/*---\nid: ACME1\nmesage: x\n---*/\n", "3:1", "unknown key 'mesage'; did you mean 'message'?")]
    [InlineData("/*---\nid: ACME1\noptions:\n  deep: {a: 1}\n---*/\n", "4:9", "an option's default must be")]
    public void Bad_headers_are_reported_at_their_position(string text, string at, string fragment)
    {
        var result = ScriptHeaderReader.Read(new SourceDocument("rule.csx", text));

        Assert.Null(result.Header);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0033", diagnostic.Rule.Id);
        Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith(at, new LineMap(text).GetPosition(diagnostic.Span.Start).ToString(), StringComparison.Ordinal);
    }
}
