namespace ContentLint.LanguageServer.Protocol;

/// <summary>One rule as <c>contentlint/rules</c> and <c>contentlint/explainRule</c> describe it.</summary>
/// <param name="Id">ID such as <c>CL1001</c>.</param>
/// <param name="Name">Kebab-case name.</param>
/// <param name="Title">One-sentence title.</param>
/// <param name="Category">Category name (<c>channels</c>…).</param>
/// <param name="CategoryTitle">Category title (<c>Channels</c>…).</param>
/// <param name="DefaultSeverity">Severity without configuration.</param>
/// <param name="Severity">Severity in force for the document or folder asked about (<c>off</c> when turned off).</param>
/// <param name="Configurable">False for rules whose severity cannot be changed or suppressed.</param>
/// <param name="Source">Where the rule comes from: <see cref="RuleSources"/>.</param>
/// <param name="HelpUri">Link to the rule's documentation.</param>
internal sealed record RuleInfo(
    string Id, string Name, string Title, string Category, string CategoryTitle, string DefaultSeverity, string Severity, bool Configurable, string Source, string HelpUri)
{
    /// <summary>The rule file: a shipped pack file (<c>rules/channels/….yaml</c>) or the user's rule file (full path); null for a compiled rule.</summary>
    public string? File { get; init; }

    /// <summary>True when a user rule file replaces a shipped rule with the same ID.</summary>
    public bool Overridden { get; init; }
}
