namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>How a <see cref="TypeReading"/> becomes a verdict (CL3006's options; the defaults are <see cref="ClassifierWeights"/>'s).</summary>
/// <param name="MinScore">Least score for a side: one strong marker, or two weaker ones that corroborate each other.</param>
/// <param name="MinLead">How far that score must lead the other side's.</param>
/// <param name="StrongPromo">Promotional score from which courtesy markers no longer count against the promotional reading.</param>
public readonly record struct TypeThresholds(double MinScore, double MinLead, double StrongPromo)
{
    /// <summary>The shipped thresholds, shared by CL3003, CL3007 and CL3009 (a test keeps CL3006's option defaults equal).</summary>
    public static TypeThresholds Default { get; } = new(ClassifierWeights.Threshold, ClassifierWeights.Margin, ClassifierWeights.StrongPromo);
}
