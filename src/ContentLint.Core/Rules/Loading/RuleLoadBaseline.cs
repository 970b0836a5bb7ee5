using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules.Loading;

/// <summary>
/// The rules known before the configuration's rule files are loaded. An engine rule's ID or name is
/// never reusable; a shipped rule is replaced by a user rule with its ID (an override), and its name
/// is reserved to that ID.
/// </summary>
/// <param name="Engine">Rules no file may replace (the engine's own findings).</param>
/// <param name="Shipped">Rules a file may override by reusing the ID.</param>
public sealed record RuleLoadBaseline(IEnumerable<RuleDescriptor> Engine, IEnumerable<RuleDescriptor> Shipped)
{
    /// <summary>Why <paramref name="rule"/> may not be loaded after <paramref name="taken"/> (IDs and names of earlier files), or null.</summary>
    internal string? Conflict(RuleDescriptor rule, ISet<string> taken, ISet<string> engine, IReadOnlyDictionary<string, string> shippedIdByName)
    {
        if (engine.Contains(rule.Id) || taken.Contains(rule.Id))
        {
            return $"the ID '{rule.Id}' is already used by another rule; IDs and names must be unique";
        }

        if (engine.Contains(rule.Name) || taken.Contains(rule.Name))
        {
            return $"the name '{rule.Name}' is already used by another rule; IDs and names must be unique";
        }

        return shippedIdByName.TryGetValue(rule.Name, out var owner) && !owner.Equals(rule.Id, StringComparison.OrdinalIgnoreCase)
            ? $"the name '{rule.Name}' is the shipped rule {owner}'s; a rule that overrides it keeps its ID, any other rule needs another name"
            : null;
    }
}
