namespace ContentLint.LanguageServer.Protocol;

/// <summary>Link to a rule's documentation.</summary>
internal sealed record CodeDescription(string Href);
