using System.Collections.Immutable;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Scripting.Api.Persona;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Persona;

/// <summary>The persona helpers of the rule API: closest persona names and disclosure markers.</summary>
public sealed class PersonaApiTests
{
    [Theory]
    [InlineData("carrers", "careers")]
    [InlineData("CARE", null)] // the same name in another case is no typo: nothing to suggest
    [InlineData("marketing", null)]
    public void The_closest_persona_is_a_near_name(string written, string? expected)
    {
        var policy = new ContentPolicy { Personas = Personas("careers", "care", "anna") };

        Assert.Equal(expected, PersonaNames.Closest(written, policy));
    }

    [Fact]
    public void Disclosure_markers_are_found_in_every_part()
    {
        const string calendar = "posts:\n  - id: t\n    channel: x\n    thread:\n      - \"Our plan is here #ad\"\n      - \"Publicité: more\"\n";
        var rendition = Lint.Parse("week.posts.yaml", calendar).Posts.Single().Renditions.Single();

        var found = Disclosures.Find(rendition, new ContentPolicy());

        Assert.Equal([(0, "#ad"), (1, "Publicité")], found.Select(f => (f.PartIndex, Quoted(rendition, f))));
    }

    [Fact]
    public void A_disclosure_marker_in_code_is_not_one()
    {
        const string post = "---\nchannel: x\n---\nOur plan `#ad` is here #ad\n";
        var rendition = Lint.Parse("p.md", post).Posts.Single().Renditions.Single();

        var found = Disclosures.Find(rendition, new ContentPolicy());

        Assert.Equal(rendition.Parts[0].Text.LastIndexOf("#ad", StringComparison.Ordinal), Assert.Single(found).Span.Start);
    }

    private static string Quoted(ContentLint.Core.Documents.PostRendition rendition, DisclosureFound found) =>
        rendition.Parts[found.PartIndex].Text.Substring(found.Span.Start, found.Span.Length);

    private static ImmutableDictionary<string, PersonaSettings> Personas(params string[] names) =>
        names.ToImmutableDictionary(n => n, n => new PersonaSettings { Name = n }, StringComparer.OrdinalIgnoreCase);
}
