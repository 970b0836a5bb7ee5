namespace ContentLint.Core.Rules.Declarative;

/// <summary>A group over its share limit (see <see cref="ShareLimit"/>).</summary>
/// <typeparam name="T">What the group holds.</typeparam>
/// <param name="Reported">The matching members past the allowed number, in publication order.</param>
/// <param name="Count">How many members match.</param>
/// <param name="Total">How many members the group has.</param>
/// <param name="Share">The matching share, formatted (<c>40 %</c>).</param>
/// <param name="Max">The maximum share, formatted.</param>
internal sealed record ShareExcess<T>(IReadOnlyList<T> Reported, int Count, int Total, string Share, string Max);
