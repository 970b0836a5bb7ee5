namespace ContentLint.Core.Testing;

/// <summary>One case of a case file: a post with markup and the messages some markers expect.</summary>
/// <param name="Name">What the case shows.</param>
/// <param name="FileName">Name the post is checked under (<c>post.md</c>, <c>cal.posts.yaml</c>).</param>
/// <param name="Markup">The post with markup.</param>
/// <param name="Messages">Expected messages, by marker number (<c>{|#0:…|}</c>).</param>
/// <param name="Configuration">A <c>contentlint.yaml</c> for this case, or null for the case file's.</param>
/// <param name="Line">1-based line of the case in its file, for reports.</param>
public sealed record RuleCase(string Name, string FileName, string Markup, IReadOnlyDictionary<int, string> Messages, string? Configuration, int Line);
