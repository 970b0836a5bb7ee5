/*---
id: CL4007
name: emoji-density
title: Posts use no more emoji per word than the channel's style calls for.
category: brand-voice
severity: info
level: post
message: "{count} emoji for {words} words on {channel} ({share}); its style calls for {max} per word at most"
locales:
  fr:
    title: "Les publications n’emploient pas plus d’emoji par mot que le style du canal ne le veut."
    message: "{count} emoji pour {words} mots sur {channel} ({share}) ; son style en demande {max} par mot au plus"
options:
  maxShare:
    type: map
    default: {}
    min: 0
    doc: "Most emoji per word in one published text, per channel (canonical name), overriding the channel's house style."
  default:
    type: number
    default: 0.1
    min: 0
    doc: "Most emoji per word on a channel without a house style (a channel declared in contentlint.yaml)."
  minEmoji:
    type: integer
    default: 3
    min: 1
    doc: "A text with fewer emoji is never reported."
docs: |
  A few emoji give a post rhythm; a string of them buries the message, and screen readers read
  each one's name aloud ("party popper, party popper, rocket"). Each channel has its tone: sober
  on LinkedIn, freer on Instagram and TikTok.

  The share is emoji per word (hashtags, mentions and links are not words), for each published
  text: the post, or each part of a thread, on each of its channels.

  | channel | at most (emoji per word) | e.g. for 40 words |
  | --- | ---: | ---: |
  | LinkedIn | 0.05 | 2 |
  | Facebook, YouTube, Pinterest, X, Mastodon, Bluesky | 0.1 | 4 |
  | Threads | 0.15 | 6 |
  | Instagram, TikTok | 0.2 | 8 |
  | other channels | 0.1 (`default`) | 4 |

  A text with fewer than `minEmoji` (3) emoji is never reported, so "Bravo 🎉" is fine however
  short. The finding is on the first emoji past the allowed number; an emoji sequence (a flag, a
  family, a skin tone) counts as one.

  **Fix**: keep the emoji that carry meaning (one to open, one per list item at most) and drop
  the decoration. There is no automatic fix. The thresholds are each channel's house style
  (`style: {emojiPerWord}` in ContentLint's channels data, the table above); to use other ones,
  copy this file into a rules folder of your own with a new ID, set
  `options: {maxShare: {linkedin: 0.1}}` there, and turn this one off (`severity: {CL4007: off}`).
  To accept one post, suppress the finding with a reason:
  `<!-- contentlint-disable-next-line CL4007 -- birthday post -->`.
---*/
using System.Globalization;
using ContentLint.Core.Scripting.Api.Prose;

// Each published text (the post, or one part of a thread, on each channel) is held to its channel's
// share of emoji per word; fewer than minEmoji emoji are always fine. The finding is on the first
// emoji past the allowed number.
if (Post.Channels.IsEmpty)
{
    return;
}

var minEmoji = Options.GetInt("minEmoji");
foreach (var rendition in Post.Renditions)
{
    var known = Channels.Find(rendition.Channel.Value);
    var channel = known?.Name ?? rendition.Channel.Value.Trim().ToLowerInvariant();
    var max = Options.GetNumberFor("maxShare", channel, known?.Style.EmojiPerWord ?? Options.GetDouble("default"));
    foreach (var part in rendition.Parts)
    {
        var prose = ProseText.Of(part);
        var emoji = prose.Emoji.Where(e => !part.IsInCode(e.Span) && !ProseText.IsInvisibleEmoji(e.Text)).ToList();
        var words = prose.CountedWords.Count();
        var allowed = Math.Max(minEmoji - 1, (int)Math.Floor(max * words));
        if (emoji.Count > allowed)
        {
            var perWord = ((double)emoji.Count / words).ToString("0.##", CultureInfo.InvariantCulture);
            var share = words == 0 ? Say("no words", "aucun mot") : Say(perWord + " per word", perWord + " par mot");
            Report(part, emoji[allowed].Span, ("count", emoji.Count), ("words", words), ("share", share),
                ("max", max.ToString("0.##", CultureInfo.InvariantCulture)), ("channel", known?.DisplayName ?? channel));
        }
    }
}
