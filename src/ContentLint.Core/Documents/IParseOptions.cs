using System.Collections.Immutable;

namespace ContentLint.Core.Documents;

/// <summary>
/// What the parsers take from the configuration (which sits above them and implements this):
/// the post fields the writers declare beside the built-in ones.
/// </summary>
public interface IParseOptions
{
    /// <summary>Extra post fields the writers use (accepted, not reported as unknown).</summary>
    ImmutableArray<string> Fields { get; }
}
