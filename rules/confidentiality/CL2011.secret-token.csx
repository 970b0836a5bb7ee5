/*---
id: CL2011
name: secret-token
title: Access keys and tokens in a known format are never published.
category: confidentiality
severity: error
level: post
message: "{kind} '{masked}': a published credential is compromised; revoke it, then remove it"
locales:
  fr:
    title: "Les clés d’accès et jetons au format connu ne sont jamais publiés."
    message: "{kind} « {masked} » : un identifiant publié est compromis ; révoquez-le, puis retirez-le"
docs: |
  Developer-relations and engineering posts paste snippets; a live key in one is found by scanners
  within minutes. This rule finds credentials whose format gives them away with the default rules of
  [gitleaks](https://github.com/gitleaks/gitleaks) (MIT), ported rule for rule: 220 formats — cloud
  keys (AWS, GCP, Azure, Alibaba…), API tokens (OpenAI `sk-proj-…`, Anthropic `sk-ant-…`, GitLab
  `glpat-…`, npm `npm_…`, SendGrid `SG.…`, Stripe test and live keys, GitHub, Slack tokens and
  webhooks…), JSON Web Tokens and private-key blocks (a `BEGIN … PRIVATE KEY` header alone is not a
  key). Each rule keeps gitleaks' keywords, entropy threshold and allowlists (vendors' documentation
  samples such as `AKIAIOSFODNN7EXAMPLE`, placeholders such as `${API_KEY}`); a token also ends at a
  sentence's punctuation (`… sk_live_….`), which gitleaks, written for code, does not expect.
  gitleaks' `generic-api-key` (a random value after `api_key =`) is CL2012's job. The message names
  the gitleaks rule, so its documentation can be looked up.

  Code is searched too: a key in a code snippet is published all the same. The message shows only the
  first four characters (the first line of a private key), so that logs and reports do not leak the
  key again. The ported rules and their licence are in `src/ContentLint.Core/Scripting/Api/Secrets/Data/`;
  `tools/gitleaks/convert.py` refreshes them from a gitleaks commit.

  **Fix**: revoke or rotate the credential first — removing it from the post does not un-publish it
  from feeds, caches and the repository history — then remove it or replace it with a placeholder
  (`YOUR_API_KEY`). A test key that is harmless can be suppressed with a reason:
  `<!-- contentlint-disable-next-line CL2011 -- revoked demo token -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Secrets;

// Credentials in a well-known format, in prose and in code alike: a key pasted into a snippet is
// published all the same. Messages end up in CI logs and SARIF files, so the value is masked
// (first four characters); a private key shows its header line, since the key itself follows it.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var (span, kind) in SecretFormats.Find(text.Text))
    {
        var value = text.Text.Substring(span.Start, span.Length);
        var masked = kind == "private-key" ? value.Split('\n')[0].TrimEnd('\r') : value.Length <= 4 ? "…" : value[..4] + "…";
        Report(text, span, ("kind", kind), ("masked", masked));
    }
}
