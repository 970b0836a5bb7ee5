using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ContentLint.Scripting;

/// <summary>
/// Instruments a sandbox-checked script so that a runaway rule stops: <c>Loop()</c> at the start of
/// every loop body and in query clauses, <c>Enter()</c> (recursion guard + budget) at the entry of
/// every method, local function, lambda, anonymous method, constructor, operator and accessor,
/// with <c>Exit()</c> in a <c>finally</c> (expression bodies become blocks), a timeout on every regular expression, called or passed as a method group (see
/// <see cref="RegexTimeouts"/>), and a checkpoint in every static library method passed as a delegate (<see cref="MethodGroupCheckpoints"/>). Inserts no line breaks, so line numbers stay those of the script.
/// </summary>
internal sealed class CheckpointRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!) is var visited ? visited.WithStatement(Checkpoints.Prepend(Checkpoints.Loop, visited.Statement)) : null;

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!) is var visited ? visited.WithStatement(Checkpoints.Prepend(Checkpoints.Loop, visited.Statement)) : null;

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!) is var visited ? visited.WithStatement(Checkpoints.Prepend(Checkpoints.Loop, visited.Statement)) : null;

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!) is var visited ? visited.WithStatement(Checkpoints.Prepend(Checkpoints.Loop, visited.Statement)) : null;

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        ((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!) is var visited ? visited.WithStatement(Checkpoints.Prepend(Checkpoints.Loop, visited.Statement)) : null;

    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node) =>
        ((WhereClauseSyntax)base.VisitWhereClause(node)!) is var visited ? visited.WithCondition(Checkpoints.Pass(visited.Condition)) : null;

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node) =>
        ((SelectClauseSyntax)base.VisitSelectClause(node)!) is var visited ? visited.WithExpression(Checkpoints.Pass(visited.Expression)) : null;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        Instrument((MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, Checkpoints.IsVoid(node.ReturnType));

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(Checkpoints.Guard(body));
        }

        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(Checkpoints.FromExpression(arrow.Expression, Checkpoints.IsVoid(node.ReturnType)).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia))
            : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        Instrument((ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!, returnsVoid: true);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        Instrument((OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!, Checkpoints.IsVoid(node.ReturnType));

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        Instrument((ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!, returnsVoid: false);

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        var returnsVoid = !node.IsKind(SyntaxKind.GetAccessorDeclaration);
        if (visited.Body is { } body)
        {
            return visited.WithBody(Checkpoints.Guard(body));
        }

        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Checkpoints.FromExpression(arrow.Expression, returnsVoid))
            : visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow))
            : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow))
            : visited;
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Instrument((AnonymousFunctionExpressionSyntax)base.VisitSimpleLambdaExpression(node)!, node);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Instrument((AnonymousFunctionExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!, node);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) =>
        Instrument((AnonymousFunctionExpressionSyntax)base.VisitAnonymousMethodExpression(node)!, node);

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node) =>
        RegexTimeouts.Rewrite(model, node, (ExpressionSyntax)base.VisitObjectCreationExpression(node)!);

    public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node) =>
        RegexTimeouts.Rewrite(model, node, (ExpressionSyntax)base.VisitImplicitObjectCreationExpression(node)!);

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node) =>
        RegexTimeouts.Rewrite(model, node, (ExpressionSyntax)base.VisitInvocationExpression(node)!);

    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node) =>
        RegexTimeouts.RewriteMethodGroup(model, node) ?? MethodGroupCheckpoints.Rewrite(model, node) ?? base.VisitMemberAccessExpression(node);

    public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node) =>
        RegexTimeouts.RewriteMethodGroup(model, node) ?? MethodGroupCheckpoints.Rewrite(model, node) ?? base.VisitIdentifierName(node);

    private static AccessorListSyntax Getter(ArrowExpressionClauseSyntax arrow) =>
        AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Checkpoints.FromExpression(arrow.Expression, returnsVoid: false))));

    private static T Instrument<T>(T member, bool returnsVoid)
        where T : BaseMethodDeclarationSyntax
    {
        if (member.Body is { } body)
        {
            return (T)member.WithBody(Checkpoints.Guard(body));
        }

        return member.ExpressionBody is { } arrow
            ? (T)member.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Checkpoints.FromExpression(arrow.Expression, returnsVoid))
            : member;
    }

    private SyntaxNode Instrument(AnonymousFunctionExpressionSyntax visited, AnonymousFunctionExpressionSyntax original)
    {
        if (visited.Block is { } block)
        {
            return visited.WithBlock(Checkpoints.Guard(block));
        }

        if (visited.ExpressionBody is not { } body)
        {
            return visited;
        }

        var returnsVoid = model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
        return visited.WithExpressionBody(null).WithBlock(Checkpoints.FromExpression(body, returnsVoid));
    }
}
