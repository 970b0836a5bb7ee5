using ContentLint.Core.Scripting.Api.Secrets;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.Tests.Scripting.Api.Secrets;

public sealed class SecretTests
{
    [Theory]
    [InlineData("AKIAQWERTYUIOPASDFGH", "aws-access-token")]
    [InlineData("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "github-pat")]
    [InlineData("gho_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "github-oauth")]
    [InlineData("xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD", "slack-bot-token")]
    [InlineData("sk_live_hGAkWvj7FAc9QeWJKY40uvSw", "stripe-access-token")]
    [InlineData("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", "openai-api-key")]
    [InlineData("sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA", "anthropic-api-key")]
    [InlineData("glpat-pzio4d67s96agab5q31y", "gitlab-pat")]
    [InlineData("npm_tocsajfubbetpy9labt6wa6jvupp3w9owl3f", "npm-access-token")]
    [InlineData("https://hooks.slack.com/services/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", "slack-webhook-url")]
    public void Known_formats_are_found_whole_before_a_sentence_s_punctuation(string token, string kind)
    {
        foreach (var text in new[] { $"Valeur : {token}.", $"Our key is {token}, sorry!", $"« {token} »" })
        {
            var (span, found) = Assert.Single(SecretFormats.Find(text));

            Assert.Equal(kind, found);
            Assert.Equal(token, text.Substring(span.Start, span.Length));
        }
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]                                           // AWS's documentation sample
    [InlineData("AKIAQWERTYUIOPASDFG")]                                            // one character short
    [InlineData("ghp_short")]
    [InlineData("-----BEGIN PUBLIC KEY-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----")]                                    // a header, no key
    [InlineData("Infographie-etude-reseaux-sociaux-2024 et SG.rapport-annuel")]
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
