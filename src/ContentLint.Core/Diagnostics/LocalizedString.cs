namespace ContentLint.Core.Diagnostics;

/// <summary>
/// A message placeholder value written in each language the messages are (a word such as
/// "promotional" that a French message must show as « promotionnel »). Its <see cref="ToString"/> is
/// the English text, which is what the default output shows.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Fr">The French text.</param>
public sealed record LocalizedString(string En, string Fr)
{
    /// <inheritdoc />
    public override string ToString() => En;
}
