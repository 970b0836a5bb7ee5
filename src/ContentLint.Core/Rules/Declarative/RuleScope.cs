namespace ContentLint.Core.Rules.Declarative;

/// <summary>What part of a post a declarative rule looks at.</summary>
public enum RuleScope
{
    /// <summary>Every text of the post (parts and variants); code excluded, except for the confidentiality category, which reads it as text.</summary>
    Text,

    /// <summary>The first line of the first part (what a feed shows first).</summary>
    FirstLine,

    /// <summary>Each hashtag, as the channel finds them.</summary>
    Hashtags,

    /// <summary>Each mention.</summary>
    Mentions,

    /// <summary>Each link.</summary>
    Links,

    /// <summary>The <c>title:</c> field.</summary>
    Title,

    /// <summary>The <c>alt:</c> field.</summary>
    Alt,
}
