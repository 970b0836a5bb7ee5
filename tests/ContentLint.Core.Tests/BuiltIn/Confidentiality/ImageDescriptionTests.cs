using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.BuiltIn.Confidentiality;

/// <summary>
/// An image's alternative text is published with the image (ALT badge, screen readers): confidentiality
/// reads it, at its exact position, while it stays out of the text and its length (issue 10).
/// </summary>
public sealed class ImageDescriptionTests
{
    private static readonly string Policy = "confidential: {terms: [Aurora]}\n";

    [Theory]
    [InlineData("![Feuille de route Aurora](roadmap.png)\n")]
    [InlineData("Voir [![Aurora](vignette.png)](https://example.com).\n")]
    [InlineData("Texte.\n\n![capture *Aurora*][img]\n\n[img]: capture.png\n")]
    public void A_confidential_term_in_an_image_description_is_reported_where_it_is_written(string body)
    {
        var post = $"---\nchannel: linkedin\nlang: fr\n---\n{body}";

        var finding = Assert.Single(PackRun.Findings("CL2001", PackRun.Config(Policy), ("p.md", post)));

        Assert.Equal("Aurora", finding.Covered(post));
    }

    [Fact]
    public void Image_descriptions_of_every_thread_part_are_kept_apart_from_the_text()
    {
        const string post = "---\nchannel: x\nthread: true\n---\nUn ![alpha](a.png)\n\n---\n\nDeux ![beta](b.png)\n";

        var parsed = Assert.Single(Lint.Parse("p.md", post).Posts);

        Assert.Equal(["Un", "Deux"], parsed.Parts.Select(p => p.Text));
        Assert.Equal(["alpha", "beta"], parsed.ImageDescriptions.Select(d => d.Text));
        Assert.Equal(post.IndexOf("beta", StringComparison.Ordinal), parsed.ImageDescriptions[1].SourceSpan.Start);
    }

    [Fact]
    public void An_image_written_in_code_is_read_once_as_code()
    {
        const string post = "---\nchannel: linkedin\nlang: fr\n---\nSyntaxe : `![Aurora](x.png)`.\n";

        Assert.Empty(Lint.Parse("p.md", post).Posts[0].ImageDescriptions);
        Assert.Single(PackRun.Findings("CL2001", PackRun.Config(Policy), ("p.md", post)));
    }
}
