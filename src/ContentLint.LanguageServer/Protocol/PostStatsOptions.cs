namespace ContentLint.LanguageServer.Protocol;

/// <summary>Experimental capability: the server sends <c>contentlint/postStats</c> and answers <c>contentlint/documentPostStats</c>.</summary>
internal sealed record PostStatsOptions(string Notification, string Request);
