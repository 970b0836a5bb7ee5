using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ContentLint.Scripting;

/// <summary>
/// A static library method passed as a delegate (<c>Enumerable.Range(0, n).Where(int.IsEvenInteger)</c>)
/// becomes a lambda with a checkpoint: the library calls it in a loop of its own, and with no script
/// frame in that loop, nothing but the rule host's watchdog (a process restart) would stop two billion
/// calls. Instance methods stay method groups: their receiver is evaluated once, where a lambda would
/// read it again at every call.
/// </summary>
internal static class MethodGroupCheckpoints
{
    /// <summary>The lambda replacing <paramref name="original"/>, or null when it is no such method group.</summary>
    public static ExpressionSyntax? Rewrite(SemanticModel model, ExpressionSyntax original)
    {
        if (original.Parent is InvocationExpressionSyntax call && call.Expression == original
            || original.Parent is MemberAccessExpressionSyntax access && access.Name == original
            || model.GetOperation(original) is not IMethodReferenceOperation { Method: { IsStatic: true } method, Parent: IDelegateCreationOperation { Type: INamedTypeSymbol { DelegateInvokeMethod: { } invoke } } }
            || method.Locations.Any(l => l.IsInSource)
            || method.IsVararg
            || invoke.Parameters.Any(p => p.RefKind != RefKind.None || !Nameable(p.Type)) || method.Parameters.Any(p => p.RefKind != RefKind.None)
            || invoke.ReturnsByRef || invoke.ReturnsByRefReadonly || !method.TypeArguments.All(Nameable) || !Nameable(method.ContainingType))
        {
            return null;
        }

        var names = invoke.Parameters.Select((_, i) => "groupArgument" + i).ToList();
        var parameters = ParameterList(SeparatedList(invoke.Parameters.Select((p, i) =>
            Parameter(Identifier(names[i])).WithType(ParseTypeName(p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithTrailingTrivia(Space)))));
        var name = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + method.Name
            + (method.IsGenericMethod ? "<" + string.Join(", ", method.TypeArguments.Select(t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))) + ">" : string.Empty);
        var body = InvocationExpression(ParseExpression(name), ArgumentList(SeparatedList(names.Select(n => Argument(IdentifierName(n))))));
        return ParenthesizedExpression(ParenthesizedLambdaExpression(parameters, Checkpoints.FromExpression(body, invoke.ReturnsVoid))).WithTriviaFrom(original);
    }

    /// <summary>True when a type can be written in source (no anonymous or unbound types, none the compiler could not resolve).</summary>
    private static bool Nameable(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol or ITypeParameterSymbol or { IsAnonymousType: true } => false,
        IArrayTypeSymbol array => Nameable(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.All(Nameable) && (named.ContainingType is null || Nameable(named.ContainingType)),
        _ => false,
    };
}
