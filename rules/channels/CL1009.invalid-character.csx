/*---
id: CL1009
name: invalid-character
title: Posts must not contain characters the platform refuses.
category: channels
severity: error
level: post
message: "{channel} refuses this post: it contains U+{code}"
locales:
  fr:
    title: "Les publications ne doivent pas contenir de caractères que la plateforme refuse."
    message: "{channel} refuse cette publication : elle contient U+{code}"
docs: |
  X (twitter-text) declares a post invalid when it contains U+FFFE, U+FEFF (a byte-order mark
  pasted into the middle of a text) or U+FFFF. They are invisible in most editors, usually
  copied from another document.

  **Fix**: the quick fix deletes the character.
---*/
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Scripting.Api.Channels;

// twitter-text refuses these three; only channels counted the X way are checked.
char[] refused = ['\uFFFE', '\uFEFF', '\uFFFF'];
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (channel.Counter.Method != CountingMethod.XWeighted)
    {
        continue;
    }

    foreach (var text in rendition.Parts)
    {
        for (var at = text.Text.IndexOfAny(refused); at >= 0; at = text.Text.IndexOfAny(refused, at + 1))
        {
            var span = new TextSpan(at, 1);
            Report(text, span, Fix(span, string.Empty, "Delete the invisible character"),
                ("channel", ChannelTexts.Describe(channel, rendition)), ("code", ((int)text.Text[at]).ToString("X4", CultureInfo.InvariantCulture)));
        }
    }
}
