namespace ContentLint.Core.Documents;

/// <summary>The two kinds of brand message.</summary>
public enum PostType
{
    /// <summary>Promotional: sells, announces, calls to buy or register.</summary>
    Promo,

    /// <summary>Dialogue: answers, asks, thanks, converses.</summary>
    Dialogue,
}
