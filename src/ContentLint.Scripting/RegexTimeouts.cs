using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ContentLint.Scripting;

/// <summary>
/// Gives every regular expression of a script a timeout, so a catastrophic pattern ends as a budget
/// finding: <c>new Regex(p[, o])</c> gets the whole per-post budget, static calls
/// (<c>Regex.IsMatch(input, p[, o])</c>…) the time left in it, and a timeout the script passes
/// itself is capped at the budget. Arguments may be positional or named (<c>pattern: p</c>); a
/// method group (<c>Regex.IsMatch</c> passed as a delegate) becomes a lambda that passes the timeout.
/// </summary>
internal static class RegexTimeouts
{
    private const string RegexType = "System.Text.RegularExpressions.Regex";
    private const string OptionsType = "System.Text.RegularExpressions.RegexOptions";
    private const string TimeSpanType = "System.TimeSpan";

    /// <summary>A call or construction of <c>Regex</c>, with the timeout added (or capped).</summary>
    public static SyntaxNode Rewrite(SemanticModel model, ExpressionSyntax original, ExpressionSyntax visited)
    {
        if (model.GetSymbolInfo(original).Symbol is not IMethodSymbol method || !IsStaticOrConstructor(method))
        {
            return visited;
        }

        return visited switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } creation when WithTimeout(method, list) is { } rewritten => creation.WithArgumentList(rewritten),
            InvocationExpressionSyntax invocation when WithTimeout(method, invocation.ArgumentList) is { } rewritten => invocation.WithArgumentList(rewritten),
            _ => visited,
        };
    }

    /// <summary>A method group of a static <c>Regex</c> method (<c>Func&lt;string, string, bool&gt; f = Regex.IsMatch</c>) as a lambda that passes the timeout; null when <paramref name="original"/> is none.</summary>
    public static ExpressionSyntax? RewriteMethodGroup(SemanticModel model, ExpressionSyntax original)
    {
        if (original.Parent is InvocationExpressionSyntax call && call.Expression == original
            || original.Parent is MemberAccessExpressionSyntax access && access.Name == original
            || model.GetOperation(original) is not IMethodReferenceOperation { Method: var method } || !IsStaticOrConstructor(method))
        {
            return null;
        }

        var names = method.Parameters.Select((_, i) => "regexArgument" + i).ToList();
        var arguments = ArgumentList(SeparatedList(names.Select(n => Argument(IdentifierName(n)))));
        var parameters = ParameterList(SeparatedList(method.Parameters.Select((p, i) =>
            Parameter(Identifier(names[i])).WithType(ParseTypeName(p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithTrailingTrivia(Space)))));
        var body = InvocationExpression(ParseExpression("global::" + RegexType + "." + method.Name), WithTimeout(method, arguments) ?? arguments);
        return ParenthesizedExpression(ParenthesizedLambdaExpression(parameters, body)).WithTriviaFrom(original);
    }

    private static bool IsStaticOrConstructor(IMethodSymbol method) =>
        method.ContainingType?.ToDisplayString() == RegexType && (method.IsStatic || method.MethodKind == MethodKind.Constructor);

    private static ArgumentListSyntax? WithTimeout(IMethodSymbol method, ArgumentListSyntax arguments)
    {
        var timeout = method.MethodKind == MethodKind.Constructor ? Checkpoints.RegexTimeout : Checkpoints.RemainingRegexTimeout;
        if (method.Parameters.FirstOrDefault(p => p.Type.ToDisplayString() == TimeSpanType) is { } given)
        {
            var index = IndexOf(method, arguments, given);
            if (index < 0)
            {
                return null;
            }

            var argument = arguments.Arguments[index];
            return arguments.WithArguments(arguments.Arguments.Replace(argument, argument.WithExpression(Checkpoints.ClampRegexTimeout(argument.Expression))));
        }

        var hasOptions = method.Parameters.Any(p => p.Type.ToDisplayString() == OptionsType);
        if (!HasTimeoutOverload(method, hasOptions))
        {
            return null;
        }

        var named = arguments.Arguments.Any(a => a.NameColon is not null);
        ArgumentSyntax Added(string name, ExpressionSyntax value) => named ? Argument(NameColon(name), default, value) : Argument(value);
        return hasOptions
            ? arguments.AddArguments(Added("matchTimeout", timeout))
            : arguments.AddArguments(Added("options", Checkpoints.NoRegexOptions), Added("matchTimeout", timeout));
    }

    /// <summary>The index of the argument bound to <paramref name="parameter"/>: by its name, else by position.</summary>
    private static int IndexOf(IMethodSymbol method, ArgumentListSyntax arguments, IParameterSymbol parameter)
    {
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var name = arguments.Arguments[i].NameColon?.Name.Identifier.ValueText;
            if (name == parameter.Name || (name is null && i == parameter.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when the method has an overload with its parameters, then (RegexOptions unless it has one,) TimeSpan, named <c>options</c> and <c>matchTimeout</c>.</summary>
    private static bool HasTimeoutOverload(IMethodSymbol method, bool hasOptions)
    {
        var length = method.Parameters.Length + (hasOptions ? 1 : 2);
        return method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == length
            && m.Parameters[^1] is { Name: "matchTimeout" } last && last.Type.ToDisplayString() == TimeSpanType
            && m.Parameters[^2] is { Name: "options" } options && options.Type.ToDisplayString() == OptionsType
            && m.Parameters.Take(method.Parameters.Length).Zip(method.Parameters)
                .All(pair => pair.First.Name == pair.Second.Name && SymbolEqualityComparer.Default.Equals(pair.First.Type, pair.Second.Type)));
    }
}
