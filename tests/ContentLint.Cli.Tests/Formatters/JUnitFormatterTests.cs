using System.Text.Json;
using System.Xml.Linq;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Formatters;

/// <summary><c>--format junit</c>: well-formed XML in the common JUnit shape, whatever the posts hold.</summary>
public sealed class JUnitFormatterTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void One_testcase_per_file_and_one_failure_per_finding_with_message_rule_and_position()
    {
        _repo.Write("posts/a&b <c>.md", "---\nchannel: linkedn\nlang: fr\n---\nBonjour !\n");
        _repo.Write("posts/clean.md", "---\nchannel: linkedin\n---\nHello.\n");
        _repo.Write("cal.posts.yaml", "posts:\n  - id: bell\n    channel: \"link\\u0007edn\\uFFFF\"\n    text: Hi\n");

        var result = _repo.Check("--format", "junit");
        var expected = JsonDocument.Parse(_repo.Check("--format", "json").Stdout).RootElement.GetProperty("findings").EnumerateArray().ToList();

        Assert.Equal(1, result.ExitCode);
        var xml = XDocument.Parse(result.Stdout);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("testsuites", xml.Root.Name.LocalName);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["cal.posts.yaml", "posts/a&b <c>.md", "posts/clean.md"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.All(cases, c => Assert.NotNull(c.Attribute("classname")));
        Assert.Empty(cases[2].Elements());
        var failures = suite.Descendants("failure").ToList();
        Assert.Equal(expected.Count, failures.Count);
        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)suite.Attribute("failures")!);
        Assert.Equal("3", (string)suite.Attribute("tests")!);
        var channel = failures.Single(f => (string)f.Attribute("type")! == "CL1001" && f.Parent == cases[1]);
        Assert.Equal("Unknown channel 'linkedn'; did you mean 'linkedin'?", (string)channel.Attribute("message")!);
        Assert.StartsWith("posts/a&b <c>.md:2:10: error CL1001 unknown-channel: ", channel.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_non_characters_from_posts_are_written_as_visible_escapes_in_well_formed_xml()
    {
        _repo.Write("cal.posts.yaml", "posts:\n  - id: bell\n    channel: \"link\\u0007edn\\uFFFF\"\n    text: Hi\n");

        var result = _repo.Check("--format", "junit");

        var failure = XDocument.Parse(result.Stdout).Descendants("failure").Single(f => (string)f.Attribute("type")! == "CL1001");
        Assert.Contains("link\\u0007edn\\uFFFF", (string)failure.Attribute("message")!, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', result.Stdout);
    }

    [Fact]
    public void Unpaired_surrogates_become_escapes_and_pairs_stay_as_they_are()
    {
        Assert.Equal("a\\uD800b😀\\uDC00", ContentLint.Cli.Formatters.XmlSafeText.Of("a\uD800b😀\uDC00"));
    }
}
