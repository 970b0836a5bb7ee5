using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>The literals read from a pattern, one of which every match contains (<see cref="RequiredLiterals"/>).</summary>
public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData("(?:foo|bar baz)", "bar baz|foo")]
    [InlineData("abc?", "ab|abc")]
    [InlineData(@"(?<!le )plus (?:vite|facilement)\b", "plus facilement|plus vite")]
    [InlineData("[a-z]+ez(?![a-z])", "ez")]
    [InlineData(@"\d+ jours", " jours")]
    [InlineData(@"[\u0041-\u0043]x", "Ax|Bx|Cx")]
    [InlineData("(?:^|(?<=[^\\p{L}\\p{N}_]))(?:svp|ptn)(?![\\p{L}\\p{N}_])", "ptn|svp")]
    [InlineData("(?<word>merci)|thanks", "merci|thanks")]
    [InlineData("x{2,3}yz", "yz")]
    [InlineData(@"a\{b", "a{b")]
    [InlineData("(?:foo)?bar?", "ba|bar|fooba|foobar")]
    public void Every_match_contains_one_of_the_literals_read(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern);

        Assert.NotNull(literals);
        Assert.Equal(expected, string.Join('|', literals.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("x*")]
    [InlineData("(?:foo|.)")]
    [InlineData("(?i)abc")]
    [InlineData(@"(\w+) \1")]
    [InlineData("[a-z-[aeiou]]x")]
    public void No_literal_is_claimed_where_a_match_may_hold_none_or_the_pattern_is_not_understood(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern));
    }

    [Fact]
    public void A_large_class_or_a_negated_one_is_no_literal()
    {
        Assert.Equal(["ez"], RequiredLiterals.Of("[^.!?]ez")!);
        Assert.Equal(["ez"], RequiredLiterals.Of("[a-z0-9_]ez")!);
        Assert.Equal(["0z", "1z", "2z", "3z", "4z", "5z", "6z", "7z", "8z", "9z"], RequiredLiterals.Of(@"\dz")!.Order(StringComparer.Ordinal));
    }
}
