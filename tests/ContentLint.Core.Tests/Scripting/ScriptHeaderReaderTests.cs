using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;

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
        Assert.StartsWith("Why.\n\n**Options**", header.Descriptor.Description, StringComparison.Ordinal);
        Assert.Equal(3L, header.Options["max"]);
        Assert.Equal(0.5, header.Options["ratio"]);
        Assert.Equal(true, header.Options["strict"]);
        Assert.Equal("3", header.Options["label"]);
        Assert.Equal(["a", "b"], (IReadOnlyList<string>)header.Options["names"]!);
        Assert.Equal("ACME001", text.Substring(header.IdSpan.Start, header.IdSpan.Length));
    }

    [Fact]
    public void Declared_options_are_typed_and_their_table_ends_the_docs()
    {
        const string text = "/*---\nid: ACME002\nlevel: post\ndocs: Why.\noptions:\n  maxWords: {type: integer, default: 30, min: 1, max: 200, doc: Longest sentence.}\n  share: {type: map, default: {linkedin: 0.05, X: 0.1}, min: 0, max: 1, doc: Share per channel.}\n---*/\n";

        var header = ScriptHeaderReader.Read(new SourceDocument("rule.csx", text)).Header!;

        Assert.Equal(ScriptLevel.Post, header.Level);
        Assert.Equal(30L, header.Options["maxWords"]);
        var share = Assert.IsAssignableFrom<IReadOnlyDictionary<string, double>>(header.Options["share"]);
        Assert.Equal(0.1, share["x"]);
        Assert.Equal(
            "Why.\n\n" + ContentLint.Core.Scripting.Options.OptionsTable.Heading + "\n\n| option | type | default | allowed | what it changes |\n|---|---|---|---|---|\n"
            + "| `maxWords` | integer | `30` | 1–200 | Longest sentence. |\n| `share` | map | `{linkedin: 0.05, X: 0.1}` | 0–1 | Share per channel. |\n",
            header.Descriptor.Description);
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
    [InlineData("/*---\nid: ACME1\noptions:\n  max: {type: integer, default: 500, min: 1, max: 200, doc: x}\n---*/\n", "4:33", "option 'max': 500 is outside the allowed range 1–200")]
    [InlineData("/*---\nid: ACME1\noptions:\n  max: {type: integer, default: many, doc: x}\n---*/\n", "4:33", "option 'max': expected a whole number")]
    [InlineData("/*---\nid: ACME1\noptions:\n  max: {type: int, default: 1}\n---*/\n", "4:15", "type 'int' is not one of boolean, integer, number, string, list, map")]
    [InlineData("/*---\nid: ACME1\noptions:\n  max: {type: integer, default: 1, mni: 0}\n---*/\n", "4:36", "unknown key 'mni'; did you mean 'min'?")]
    [InlineData("/*---\nid: ACME1\noptions:\n  share: {type: map, default: {x: 2}, max: 1, doc: x}\n---*/\n", "4:31", "option 'share': 'x': 2 is outside the allowed range ≤ 1")]
    [InlineData("/*---\nid: ACME1\nlevel: batch\n---*/\n", "3:8", "level 'batch' is not one of text, post, run")]
    [InlineData("/*---\nid: ACME1\noptions:\n  deep: {a: x}\n---*/\n", "4:9", "option 'deep': 'a': expected a number")]
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
