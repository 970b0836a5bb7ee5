using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Formatters;

/// <summary>The machine formats, produced by the real executable.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public OutputFormatTests()
    {
        _repo.Write("posts/launch day.md", "---\nchannel: linkedn\nthread: maybe\n---\n😀 Hello, « monde » !\n");
        _repo.Write("cal.posts.yaml", "posts:\n  - id: a\n    channel: x\n    text: Hi\n    # contentlint-disable-next-line CL1001\n    lang: fr\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Sarif_has_every_required_property_of_sarif_2_1_0()
    {
        var result = _repo.Check("--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var problems = SarifStructure.Validate(sarif.RootElement);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "CL1001");
        var channel = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CL1001");
        var location = channel.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("posts/launch%20day.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((2, 10, 2, 17), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("error", channel.GetProperty("level").GetString());
        Assert.Equal("linkedin", channel.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Github_prints_workflow_annotations()
    {
        var result = _repo.Check("--format", "github");

        Assert.Contains("::error file=posts/launch day.md,line=2,col=10,endLine=2,endColumn=17,title=CL1001 unknown-channel::Unknown channel 'linkedn'; did you mean 'linkedin'?", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("::warning file=cal.posts.yaml,line=5,col=37,", result.Stdout, StringComparison.Ordinal);
        Assert.All(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("::", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_versioned_and_complete()
    {
        var result = _repo.Check("--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("files").GetInt32());
        var first = root.GetProperty("findings")[0];
        Assert.Equal("cal.posts.yaml", first.GetProperty("path").GetString());
        string[] keys = ["path", "ruleId", "ruleName", "category", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "helpUri", "fixes"];
        Assert.All(keys, key => Assert.True(first.TryGetProperty(key, out _), key));
    }

    [Fact]
    public void Text_shows_an_excerpt_with_carets_aligned_after_emoji()
    {
        _repo.Write("posts/emoji.md", "---\nchannel: x\n---\n😀😀 secret\n<!-- contentlint-disable-next-line CL1001 -->\n");

        var result = _repo.Check("posts/emoji.md");

        Assert.Contains(" 5 | <!-- contentlint-disable-next-line CL1001 -->\n   |                                    ^^^^^^\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keeps_its_property_order_and_leaves_out_a_missing_post_id()
    {
        var result = CheckWithAndWithoutPost("json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"contentlint\",\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["version", "tool", "summary", "findings"], Names(json.RootElement));
        Assert.Equal(["files", "posts", "errors", "warnings", "infos", "hints", "fixesApplied"], Names(json.RootElement.GetProperty("summary")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var channel = findings.Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Equal(
            ["path", "ruleId", "ruleName", "category", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "postId", "helpUri", "fixes"],
            Names(channel));
        Assert.Equal(["title", "edits"], Names(channel.GetProperty("fixes")[0]));
        Assert.Equal(["line", "column", "endLine", "endColumn", "offset", "length", "newText"], Names(channel.GetProperty("fixes")[0].GetProperty("edits")[0]));
        var empty = findings.Single(f => f.GetProperty("ruleId").GetString() == "CL0006");
        Assert.DoesNotContain("postId", Names(empty));
        Assert.Equal(0, empty.GetProperty("fixes").GetArrayLength());
    }

    [Fact]
    public void Sarif_leaves_out_the_fixes_and_properties_a_result_does_not_have()
    {
        var result = CheckWithAndWithoutPost("sarif");

        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["$schema", "version", "runs"], Names(sarif.RootElement));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(["tool", "columnKind", "originalUriBaseIds", "results"], Names(run));
        Assert.Equal(["%SRCROOT%"], Names(run.GetProperty("originalUriBaseIds")));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var channel = results.Single(r => r.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Equal(["ruleId", "ruleIndex", "level", "message", "locations", "fixes", "partialFingerprints", "properties"], Names(channel));
        var empty = results.Single(r => r.GetProperty("ruleId").GetString() == "CL0006");
        Assert.Equal(["ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints"], Names(empty));
        Assert.Equal(["uri", "uriBaseId"], Names(empty.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")));
    }

    // The documents are records serialized: property order, properties left out when there is nothing to say
    // (a file-level finding has no post), and indentation are the published shape tools rely on.
    private ProcessResult CheckWithAndWithoutPost(string format)
    {
        _repo.Write("shape/launch.md", "---\nchannel: linkedn\n---\nHello\n");
        _repo.Write("shape/empty.md", string.Empty);
        return _repo.Check("--format", format, "shape/empty.md", "shape/launch.md");
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
