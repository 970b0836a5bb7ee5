using System.Globalization;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// CL3006 decides its verdict in its script, with typed options; CL3003, CL3007 and CL3009 read the API's
/// <see cref="TypeReading.Verdict"/>. The shipped defaults must be the same numbers, so the four rules agree.
/// </summary>
public sealed class VerdictThresholdTests
{
    [Theory]
    [InlineData("minScore", ClassifierWeights.Threshold)]
    [InlineData("minLead", ClassifierWeights.Margin)]
    [InlineData("strongPromo", ClassifierWeights.StrongPromo)]
    public void The_type_contradiction_rule_defaults_to_the_shared_reading_thresholds(string option, double expected)
    {
        var header = DefaultRulePack.ScriptHeaders.Single(h => h.Header.Descriptor.Id == "CL3006").Header;

        Assert.Equal(expected, Convert.ToDouble(header.Options[option], CultureInfo.InvariantCulture));
    }
}
