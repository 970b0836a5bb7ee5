using ContentLint.Core.Scripting.Api.Secrets;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.Tests.Scripting.Api.Secrets;

public sealed class SecretTests
{
    [Theory]
    [InlineData("AKIAQWERTYUIOPASDFGH", "AWS access key ID")]
    [InlineData("ASIAQWERTYUIOPASDFGH", "AWS access key ID")]
    [InlineData("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "GitHub token")]
    [InlineData("gho_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "GitHub token")]
    [InlineData("ghs_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "GitHub token")]
    [InlineData("ghu_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "GitHub token")]
    [InlineData("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", "GitHub token")]
    [InlineData("xoxb-2048675309-4815162342-AbCdEfGhIjKlMnOpQrStUvWx", "Slack token")]
    [InlineData("xoxp-2048675309-4815162342-2342342342-0123456789abcdef", "Slack token")]
    [InlineData("AIzaYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kj", "Google API key")]
    [InlineData("sk_live_hGAkWvj7FAc9QeWJKY40uvSw", "Stripe live key")]
    [InlineData("rk_live_hGAkWvj7FAc9QeWJKY40uvSw", "Stripe live key")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkplYW4ifQ.xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po", "JSON Web Token")]
    [InlineData("-----BEGIN PRIVATE KEY-----", "PEM private key")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----", "PEM private key")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----", "PEM private key")]
    [InlineData("-----BEGIN PGP PRIVATE KEY BLOCK-----", "PEM private key")]
    public void Known_formats_are_found_whole(string token, string kind)
    {
        var text = $"Valeur : {token}.";

        var (span, found) = Assert.Single(SecretFormats.Find(text));

        Assert.Equal(kind, found);
        Assert.Equal(token, text.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]                                           // AWS's documentation sample
    [InlineData("AKIAQWERTYUIOPASDFG")]                                            // one character short
    [InlineData("ghp_short")]
    [InlineData("sk_test_hGAkWvj7FAc9QeWJKY40uvSw")]
    [InlineData("eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.abcdefgh")]                    // header without "alg"
    [InlineData("eyJub3QganNvbg.eyJzdWIiOiIxIn0.abcdefgh")]                       // header not JSON
    [InlineData("-----BEGIN PUBLIC KEY-----")]
    [InlineData("-----BEGIN CERTIFICATE-----")]
    public void Look_alikes_are_not_reported(string text) => Assert.Empty(SecretFormats.Find(text));

    [Fact]
    public void Entropy_is_measured_in_bits_per_character()
    {
        Assert.Equal(0, ShannonEntropy.BitsPerChar("aaaaaaaa"));
        Assert.Equal(1, ShannonEntropy.BitsPerChar("abababab"), 6);
        Assert.Equal(3, ShannonEntropy.BitsPerChar("abcdefgh"), 6);
    }

    [Theory]
    [InlineData("aZ3kP9qL2mX7vB4nR8tY1wC6", true)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", true)]             // hexadecimal, 40 characters
    [InlineData("9f86d081884c7d659a2f", false)]                                 // hexadecimal, too short
    [InlineData("Infographie-etude-reseaux-sociaux-2024", false)]              // words and a number
    [InlineData("docs/api/v2/reference/tokens/list", false)]                   // a path
    [InlineData("AnticonstitutionnellementEtAutres", false)]                   // no digit
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaa1A", false)]                         // low entropy
    [InlineData("dGhpcyBpcyBhIHNlY3JldCB2YWx1ZTEyMw==", true)]                 // base64 with padding
    public void Random_looking_strings_are_told_from_words(string value, bool secret) =>
        Assert.Equal(secret, SecretCandidate.LooksSecret(value));

    [Theory]
    [InlineData("API key: aZ3kP9qL2mX7vB4nR8tY1wC6", "key")]
    [InlineData("API_KEY=aZ3kP9qL2mX7vB4nR8tY1wC6", "API_KEY")]
    [InlineData("Le mot de passe est aZ3kP9qL2mX7vB4nR8tY1wC6", "mot de passe")]
    [InlineData("Votre clé : aZ3kP9qL2mX7vB4nR8tY1wC6", "clé")]
    [InlineData("aZ3kP9qL2mX7vB4nR8tY1wC6 is the token", "token")]
    [InlineData("Password:\naZ3kP9qL2mX7vB4nR8tY1wC6", "Password")]
    [InlineData("Order aZ3kP9qL2mX7vB4nR8tY1wC6 shipped. Token docs.", null)]
    [InlineData("The key to success is hard work and aZ3kP9qL2mX7vB4nR8tY1wC6", null)]
    public void Credential_words_are_looked_for_nearby_in_the_same_sentence(string text, string? keyword)
    {
        var span = Assert.Single(SecretCandidate.Runs(text), s => SecretCandidate.LooksSecret(text.Substring(s.Start, s.Length)));

        Assert.Equal(keyword, SecretKeywords.Near(new TextTokens(text), span));
    }
}
