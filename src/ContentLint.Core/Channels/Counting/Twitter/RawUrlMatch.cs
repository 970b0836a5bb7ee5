namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>One match of twitter-text's <c>extractUrl</c> pattern, before the extractor's filters.</summary>
/// <param name="Preceding">Index of the preceding character the pattern consumed, or -1 (start of text).</param>
/// <param name="Start">Start of the URL (group 3).</param>
/// <param name="End">End of the URL (exclusive).</param>
/// <param name="ProtocolLength">Length of <c>http://</c> or <c>https://</c>, or 0.</param>
/// <param name="DomainStart">Start of the domain (group 5).</param>
/// <param name="DomainEnd">End of the domain (exclusive).</param>
/// <param name="HasPath">True when the path group (group 7) matched.</param>
internal readonly record struct RawUrlMatch(int Preceding, int Start, int End, int ProtocolLength, int DomainStart, int DomainEnd, bool HasPath);
