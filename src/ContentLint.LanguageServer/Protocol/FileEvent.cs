namespace ContentLint.LanguageServer.Protocol;

/// <summary>One watched-file change (type: 1 created, 2 changed, 3 deleted).</summary>
internal sealed record FileEvent(string Uri, int Type);
