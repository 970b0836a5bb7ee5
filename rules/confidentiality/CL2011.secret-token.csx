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
  within minutes. This rule finds credentials whose format gives them away:

  | kind | format |
  | --- | --- |
  | AWS access key ID | `AKIA` or `ASIA` + 16 capitals or digits |
  | GitHub token | `ghp_`, `gho_`, `ghs_`, `ghu_`, `ghr_` + 36 characters; `github_pat_…` |
  | Slack token | `xoxa-`, `xoxb-`, `xoxp-`, `xoxr-`, `xoxs-` + dash-separated parts |
  | Google API key | `AIza` + 35 characters |
  | Stripe live key | `sk_live_…`, `rk_live_…` |
  | JSON Web Token | three base64url parts whose header decodes to JSON with `alg` |
  | PEM private key | `-----BEGIN … PRIVATE KEY-----` |

  Code is searched too: a key in a code snippet is published all the same. Values containing
  `EXAMPLE` are vendors' documentation samples (`AKIAIOSFODNN7EXAMPLE`) and are not reported. The
  message shows only the first four characters, so that logs and reports do not leak the key again.

  **Fix**: revoke or rotate the credential first — removing it from the post does not un-publish it
  from feeds, caches and the repository history — then remove it or replace it with a placeholder
  (`YOUR_API_KEY`). A test key that is harmless can be suppressed with a reason:
  `<!-- contentlint-disable-next-line CL2011 -- revoked demo token -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Secrets;

// Credentials in a well-known format, in prose and in code alike: a key pasted into a snippet is
// published all the same. Messages end up in CI logs and SARIF files, so the value is masked
// (first four characters); a PEM header is shown as is, since the key itself follows it.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var (span, kind) in SecretFormats.Find(text.Text))
    {
        var value = text.Text.Substring(span.Start, span.Length);
        var masked = kind == "PEM private key" ? value : value.Length <= 4 ? "…" : value[..4] + "…";
        Report(text, span, ("kind", KindName(kind)), ("masked", masked));
    }
}

object KindName(string kind) => kind switch
{
    "AWS access key ID" => Say(kind, "Identifiant de clé d’accès AWS"),
    "GitHub token" => Say(kind, "Jeton GitHub"),
    "Slack token" => Say(kind, "Jeton Slack"),
    "Google API key" => Say(kind, "Clé d’API Google"),
    "Stripe live key" => Say(kind, "Clé Stripe de production"),
    "PEM private key" => Say(kind, "Clé privée PEM"),
    _ => Say(kind, kind),
};
