namespace ContentLint.Core.Rules.Declarative;

/// <summary>The kinds of declarative rule; each has one check class in <c>Rules/Declarative/Checks/</c>.</summary>
public enum DeclarativeKind
{
    /// <summary>Report every match of the terms or pattern.</summary>
    Existence,

    /// <summary>Report a wrong term and offer its replacement as a fix.</summary>
    Substitution,

    /// <summary>Report when a post (or part) has fewer than <c>min</c> or more than <c>max</c> matches.</summary>
    Occurrence,

    /// <summary>Report when a post matches <c>if</c> but not <c>then</c>.</summary>
    Conditional,

    /// <summary>Across posts: report when the share of matching posts in a group is above <c>max</c>.</summary>
    Ratio,
}
