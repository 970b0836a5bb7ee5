using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ContentLint.Scripting;

/// <summary>
/// Gives every regular expression of a script a timeout, so a catastrophic pattern ends as a budget
/// finding: <c>new Regex(p[, o])</c> gets the whole per-post budget, static calls
/// (<c>Regex.IsMatch(input, p[, o])</c>…) the time left in it, and a timeout the script passes
/// itself is capped at the budget.
/// </summary>
internal static class RegexTimeouts
{
    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private const string OptionsType = "System.Text.RegularExpressions.RegexOptions";

    public static SyntaxNode Rewrite(SemanticModel model, ExpressionSyntax original, ExpressionSyntax visited)
    {
        if (model.GetSymbolInfo(original).Symbol is not IMethodSymbol method || method.ContainingType?.ToDisplayString() != RegexType)
        {
            return visited;
        }

        var isConstructor = method.MethodKind == Microsoft.CodeAnalysis.MethodKind.Constructor;
        if (!isConstructor && !method.IsStatic)
        {
            return visited;
        }

        var arguments = visited switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            _ => null,
        };
        if (arguments is null || arguments.Arguments.Count != method.Parameters.Length || arguments.Arguments.Any(a => a.NameColon is not null))
        {
            return visited;
        }

        var timeout = isConstructor ? Checkpoints.RegexTimeout : Checkpoints.RemainingRegexTimeout;
        var parameters = method.Parameters;
        ArgumentListSyntax rewritten;
        if (parameters.Length > 0 && parameters[^1].Type.ToDisplayString() == "System.TimeSpan")
        {
            var last = arguments.Arguments[^1];
            rewritten = arguments.WithArguments(arguments.Arguments.Replace(last, last.WithExpression(Checkpoints.ClampRegexTimeout(last.Expression))));
        }
        else if (parameters.Length > 0 && parameters[^1].Type.ToDisplayString() == OptionsType)
        {
            rewritten = arguments.AddArguments(Argument(timeout));
        }
        else if (HasOverload(method, parameters.Length + 2))
        {
            rewritten = arguments.AddArguments(Argument(Checkpoints.NoRegexOptions), Argument(timeout));
        }
        else
        {
            return visited;
        }

        return visited switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.WithArgumentList(rewritten),
            InvocationExpressionSyntax invocation => invocation.WithArgumentList(rewritten),
            _ => visited,
        };
    }

    /// <summary>True when the method has an overload with (its parameters…, RegexOptions, TimeSpan).</summary>
    private static bool HasOverload(IMethodSymbol method, int length) =>
        method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == length
            && m.Parameters[^2].Type.ToDisplayString() == OptionsType
            && m.Parameters[^1].Type.ToDisplayString() == "System.TimeSpan"
            && m.Parameters.Take(method.Parameters.Length).Select(p => p.Type).SequenceEqual(method.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default));
}
