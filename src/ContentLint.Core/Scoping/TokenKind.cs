namespace ContentLint.Core.Scoping;

/// <summary>What a <see cref="TextToken"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word: letters, digits and marks, joined by inner apostrophes and hyphens (<c>aujourd'hui</c>, <c>porte-monnaie</c>); a French elision (<c>l'</c>, <c>qu'</c>) is a word of its own.</summary>
    Word,

    /// <summary>A sentence: up to <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> followed by a space, or up to a line break.</summary>
    Sentence,

    /// <summary>A hashtag, hash sign included.</summary>
    Hashtag,

    /// <summary>A mention, <c>@</c> included.</summary>
    Mention,

    /// <summary>A link.</summary>
    Url,

    /// <summary>One emoji (a whole ZWJ sequence, flag or keycap counts as one).</summary>
    Emoji,
}
