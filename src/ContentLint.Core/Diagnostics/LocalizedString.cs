namespace ContentLint.Core.Diagnostics;

/// <summary>
/// A placeholder value that must be translated with the message it fills (a word a script passes to
/// <c>Report</c>, such as a channel's kind of post). Its <see cref="ToString"/> is the English, so a
/// message formatted without a locale reads as before.
/// </summary>
/// <param name="En">The English text.</param>
/// <param name="Fr">The French text.</param>
public sealed record LocalizedString(string En, string Fr)
{
    /// <summary>The text in <paramref name="locale"/> (a language code from <see cref="MessageLocale"/>); English for any other.</summary>
    public string In(string locale) => locale == MessageLocale.French ? Fr : En;

    /// <summary>The English text.</summary>
    public override string ToString() => En;
}
