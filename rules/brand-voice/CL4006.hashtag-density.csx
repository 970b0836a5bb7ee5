/*---
id: CL4006
name: hashtag-density
title: Posts carry no more hashtags than the channel's style calls for.
category: brand-voice
severity: info
level: post
message: "{count} hashtags on {channel}; its style calls for {max} at most"
locales:
  fr:
    title: "Les publications ne portent pas plus de hashtags que le style du canal ne le veut."
    message: "{count} hashtags sur {channel} ; son style en demande {max} au plus"
options:
  max:
    type: map
    default: {}
    min: 0
    doc: "Most hashtags in one published text, per channel (canonical name), overriding the channel's house style."
  default:
    type: integer
    default: 5
    min: 0
    doc: "Most hashtags on a channel without a house style (a channel declared in contentlint.yaml)."
docs: |
  Hashtags are for discovery, and each channel has its own habit: a wall of tags looks like spam
  on LinkedIn and eats the 280 characters of X, while Mastodon relies on them to find posts
  (there is no algorithmic feed). This rule is about style, below the hard caps that CL1004 checks
  (Instagram's 5, or `maxHashtags` in `channels:`): a text over the hard cap is left to CL1004.

  | channel | at most | why |
  | --- | ---: | --- |
  | LinkedIn | 3 | LinkedIn's own advice; more reads as spam |
  | X | 2 | tags cost characters and engagement drops beyond 1–2 |
  | Instagram | 3 | 3–5 recommended since the 5-tag cap; 3 keeps room |
  | Facebook | 2 | hashtags are little used there |
  | Threads | 1 | Threads links one tag per post |
  | Mastodon | 4 | the only way to be found; CamelCase them |
  | Bluesky | 2 | short posts, tags in the text |
  | TikTok | 4 | a few topic tags, not a list |
  | YouTube | 3 | the first 3 show above the title |
  | Pinterest | 2 | keywords in the description work better |
  | other channels | 5 | `default` |

  Each published text is counted: the post, or each part of a thread, on each of its channels
  (a channel's `variants:` wording when it has one); hashtags are found by twitter-text's rules,
  which every channel follows (a `#` inside a word or a link is not a hashtag), and those in code do
  not count. The finding is on the first hashtag past the maximum.

  **Fix**: keep the most specific tags, move the others to a first comment where the channel
  allows it. There is no automatic fix (which tags matter is yours to choose). The thresholds are
  each channel's house style (`style: {hashtags}` in ContentLint's channels data, the table above);
  to use other ones, copy this file into a rules folder of your own with a new ID, set
  `options: {max: {linkedin: 2}}` there, and turn this one off (`severity: {CL4006: off}`).
  To accept one post, suppress the finding with a reason:
  `<!-- contentlint-disable-next-line CL4006 -- event hashtags -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// Each published text (the post, or one part of a thread, on each channel) is held to its channel's
// house style (style.hashtags in the channels data) unless the options override it; a text over the channel's hard cap (maxHashtags) is left to CL1004.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var rendition in Post.Renditions)
{
    var known = Channels.Find(rendition.Channel.Value);
    var channel = known?.Name ?? rendition.Channel.Value.Trim().ToLowerInvariant();
    var max = (int)Options.GetNumberFor("max", channel, known?.Style.Hashtags ?? Options.GetInt("default"));
    foreach (var part in rendition.Parts)
    {
        var tags = ProseText.Of(part).Hashtags.Where(t => !part.IsInCode(t.Span)).ToList();
        if (tags.Count > max && !(tags.Count > known?.MaxHashtags))
        {
            Report(part, tags[max].Span, ("count", tags.Count), ("max", max), ("channel", known?.DisplayName ?? channel));
        }
    }
}
