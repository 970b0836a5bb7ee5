/*---
id: CL2012
name: high-entropy-secret
title: Random-looking strings next to words like password or token are not published.
category: confidentiality
severity: warning
level: post
message: "Random-looking string '{masked}' next to '{keyword}': if it is a credential, revoke it and remove it"
locales:
  fr:
    title: "Les chaînes d’allure aléatoire près de mots comme mot de passe ou jeton ne sont pas publiées."
    message: "Chaîne d’allure aléatoire « {masked} » près de « {keyword} » : si c’est un identifiant secret, révoquez-le et retirez-le"
docs: |
  Most credentials have no recognisable prefix (CL2011 catches those that do): a password, an API
  key, a webhook secret. This rule reports a string that looks random — at least 20 letters, digits
  and `+ / _ - =`, mixing upper case, lower case and digits with a Shannon entropy of at least 3.5
  bits per character, or hexadecimal of at least 32 characters with at least 3 bits — within 4
  words before or 3 words after a word that announces a credential: key, token, password, secret,
  API, credentials, bearer, auth, *mot de passe*, *mdp*, *clé*, *clef*, *jeton* (also inside
  identifiers such as `API_KEY=` or `client-secret:`).

  Not reported: words joined by dashes or underscores (`etude-reseaux-sociaux-2024`), URL paths,
  links, hashtags and mentions. Code is searched, as for CL2011. The default severity is a
  **warning**: entropy is a heuristic, and an order ID next to the word "key" can look random.

  **Fix**: if the string is a credential, revoke it and remove it; otherwise suppress the finding
  with a reason: `<!-- contentlint-disable-next-line CL2012 -- order ID, not a secret -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Links;
using ContentLint.Core.Scripting.Api.Secrets;

// A random-looking string a few words from a word that announces a credential, code included.
// Strings in a known format are CL2011's; links are not looked at. The value is masked.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var text in ConfidentialTexts.Of(Post))
{
    var candidates = SecretCandidate.Runs(text.Text).Where(s => SecretCandidate.LooksSecret(text.Text.Substring(s.Start, s.Length))).ToList();
    if (candidates.Count == 0)
    {
        continue;
    }

    var taken = LinkSpans.Of(text.Text, SecretFormats.Find(text.Text).Select(f => f.Span));
    var tokens = TextTokens.Of(text.Text);
    foreach (var span in candidates)
    {
        if (taken.Overlaps(span) || SecretKeywords.Near(tokens, span) is not { } keyword)
        {
            continue;
        }

        var value = text.Text.Substring(span.Start, span.Length);
        Report(text, span, ("masked", value.Length <= 4 ? "…" : value[..4] + "…"), ("keyword", keyword));
    }
}
