using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Prose;

public sealed class AddressFormsTests
{
    [Theory]
    [InlineData("Tu viens ? Je t'attends, c'est pour toi et ta famille.", "tu:Tu tu:t' tu:toi tu:ta")]
    [InlineData("Inscris-toi ! Vous aussi, avec votre équipe et vos amis.", "tu:toi vous:Vous vous:votre vous:vos")]
    [InlineData("Découvrez l'offre. N'hésitez pas : profitez-en.", "vous:Découvrez vous:hésitez vous:profitez")]
    [InlineData("👉 Inscrivez-vous\n- Rejoignez-nous", "vous:Inscrivez vous:vous vous:Rejoignez")]
    [InlineData("Le ton de la marque, un ton juste.", "")]
    [InlineData("Prenez rendez-vous chez nous, assez vite.", "vous:Prenez")]
    [InlineData("Il a dit « vous êtes géniaux » et “tu es top”.", "")]
    [InlineData("Aujourd'hui, don't t' worry, je tiens parole.", "")]
    [InlineData("Voir https://example.com/vous, #TuEsLa, @vous et `tu`.", "")]
    [InlineData("Nous avons mangé chez Lopez à Rodez.", "")]
    [InlineData("Y a t'il un souci ? Que se passe t’il ? Tiens, le tien.", "")]
    public void Forms_found(string text, string expected)
    {
        var prose = ProseText.Of(Lint.Parse("a.md", $"---\nchannel: x\n---\n{text}\n").Posts[0].Parts[0]);

        var found = AddressForms.Find(prose).Select(f => $"{f.Form}:{f.Word}");

        Assert.Equal(expected, string.Join(' ', found));
    }

    [Fact]
    public void A_persona_without_address_is_held_to_the_form_most_of_its_posts_use_across_files()
    {
        static (string, string) Post(string name, string date, string body) =>
            ($"{name}.md", $"---\nchannel: linkedin\npersona: ambassador\nlang: fr\npublish_at: {date}\n---\n{body}\n");

        var findings = PackRun.Findings(
            "CL4011",
            PackRun.Config("personas:\n  ambassador: {kind: ambassador}\n"),
            Post("a", "2026-03-01T09:00:00Z", "Tu viens au salon ?"),
            Post("b", "2026-03-02T09:00:00Z", "Vous venez au salon ? Votre badge est prêt."),
            Post("c", "2026-03-03T09:00:00Z", "Toi aussi, passe nous voir."));

        var finding = Assert.Single(findings);
        Assert.Equal("b.md", finding.Path);
        Assert.Equal("'Vous' addresses the reader as 'vous', but persona 'ambassador' uses 'tu' (2 of its 3 posts; set personas.ambassador.address)", finding.Message);
    }

    [Fact]
    public void On_a_tie_the_form_of_the_earliest_post_wins()
    {
        var findings = PackRun.Findings(
            "CL4011",
            null,
            ("late.md", "---\nchannel: x\npersona: team\nlang: fr\npublish_at: 2026-05-02\n---\nTu es prêt ?\n"),
            ("early.md", "---\nchannel: x\npersona: team\nlang: fr\npublish_at: 2026-05-01\n---\nVous êtes prêts ?\n"));

        Assert.Equal("late.md", Assert.Single(findings).Path);
    }
}
