namespace ContentLint.Core.Diagnostics;

/// <summary>A rule's title and message in one language other than English.</summary>
/// <param name="Title">One sentence, as the English title.</param>
/// <param name="MessageFormat">The message, with exactly the English message's <c>{placeholders}</c>.</param>
public sealed record RuleTranslation(string Title, string MessageFormat);
