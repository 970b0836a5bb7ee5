using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Suppressions;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Diagnostics;

/// <summary>
/// The suppression index suppresses exactly the diagnostics that some entry covers and marks used
/// exactly the entries that cover one, as testing every entry against every diagnostic did.
/// </summary>
public sealed class SuppressionIndexTests
{
    private static readonly RuleDescriptor[] Descriptors = [WordRule.Rule, ThrowingRule.Rule, ParseRules.EmptyFile];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Suppresses_and_marks_as_a_scan_of_every_entry_does(int seed)
    {
        var random = new Random(seed);
        var indexed = RandomEntries(new Random(seed), 60);
        var scanned = RandomEntries(new Random(seed), 60);
        var index = new SuppressionIndex(indexed);

        for (var i = 0; i < 1_000; i++)
        {
            var diagnostic = Diagnostic.Create(Descriptors[random.Next(Descriptors.Length)], new TextSpan(random.Next(120), random.Next(3) == 0 ? 0 : random.Next(1, 6)));
            var covering = scanned.Where(e => e.Covers(diagnostic)).ToList();
            covering.ForEach(e => e.Used = true);

            Assert.Equal(covering.Count > 0, index.Suppress(diagnostic));
            Assert.Equal(scanned.Select(e => e.Used), indexed.Select(e => e.Used));
        }
    }

    // Entries of each rule and of every rule (null), with scopes that are often empty or share bounds.
    private static List<SuppressionEntry> RandomEntries(Random random, int count)
    {
        var comment = new SuppressionComment(SuppressionKind.DisableNextLine, [], null, default, default, null);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var rule = random.Next(Descriptors.Length + 1) is var r && r < Descriptors.Length ? Descriptors[r] : null;
            var scope = new TextSpan(random.Next(120), random.Next(4) == 0 ? 0 : random.Next(1, 30));
            return new SuppressionEntry(comment, rule, -1, scope);
        })];
    }
}
