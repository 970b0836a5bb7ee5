namespace ContentLint.Core.Testing;

/// <summary>The outcome of one case.</summary>
/// <param name="File">The case file.</param>
/// <param name="Case">The case.</param>
/// <param name="Passed">True when the findings are exactly the expected ones.</param>
/// <param name="Report">For a failure: what was expected, what was found, and the differences.</param>
public sealed record RuleCaseResult(RuleCaseFile File, RuleCase Case, bool Passed, string Report);
