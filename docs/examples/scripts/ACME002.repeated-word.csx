/*---
id: ACME002
name: repeated-word
title: A word is not repeated by mistake.
category: typography
severity: warning
message: "Repeated word '{word}'"
---*/
// Local functions can use the script's variables; LINQ works on tokens.
var words = Tokens.Words;

bool SameWord(int i) => string.Equals(words[i].Text, words[i - 1].Text, StringComparison.OrdinalIgnoreCase);

for (var i = 1; i < words.Count; i++)
{
    if (SameWord(i))
    {
        // The fix removes the space and the second word; the engine writes it back in the file's syntax.
        var removed = TextSpan.FromBounds(words[i - 1].Span.End, words[i].Span.End);
        Report(words[i].Span, Fix(removed, "", "Remove the repeated word"), ("word", words[i].Text));
    }
}
