using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ContentLint.Scripting;

/// <summary>Syntax pieces the instrumentation inserts: calls to <c>ContentLint.Core.Scripting.ScriptRuntime</c>.</summary>
internal static class Checkpoints
{
    private const string Runtime = "global::ContentLint.Core.Scripting.ScriptRuntime";

    public static StatementSyntax Loop { get; } = ParseStatement($"{Runtime}.Loop();");

    public static StatementSyntax Enter { get; } = ParseStatement($"{Runtime}.Enter();");

    private static FinallyClauseSyntax Exit { get; } = FinallyClause(Block(ParseStatement($"{Runtime}.Exit();")));

    public static ExpressionSyntax RegexTimeout { get; } = ParseExpression($"{Runtime}.RegexTimeout");

    public static ExpressionSyntax RemainingRegexTimeout { get; } = ParseExpression($"{Runtime}.RemainingRegexTimeout");

    public static ExpressionSyntax NoRegexOptions { get; } = ParseExpression("global::System.Text.RegularExpressions.RegexOptions.None");

    public static ExpressionSyntax Pass(ExpressionSyntax value) =>
        InvocationExpression(ParseExpression($"{Runtime}.Pass"), ArgumentList(SingletonSeparatedList(Argument(value))));

    public static ExpressionSyntax ClampRegexTimeout(ExpressionSyntax value) =>
        InvocationExpression(ParseExpression($"{Runtime}.ClampRegexTimeout"), ArgumentList(SingletonSeparatedList(Argument(value))));

    /// <summary><paramref name="statement"/> with <paramref name="checkpoint"/> first, as a block.</summary>
    public static BlockSyntax Prepend(StatementSyntax checkpoint, StatementSyntax statement) =>
        statement is BlockSyntax block ? block.WithStatements(block.Statements.Insert(0, checkpoint)) : Block(checkpoint, statement);

    /// <summary><c>{ Enter(); try { body } finally { Exit(); } }</c>: the recursion depth guard around a method body.</summary>
    public static BlockSyntax Guard(BlockSyntax body) =>
        Block(Enter, TryStatement(body, default, Exit)).WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(body.CloseBraceToken.TrailingTrivia));

    /// <summary>A guarded block for an expression body (<c>return</c>ed unless <paramref name="returnsVoid"/>).</summary>
    public static BlockSyntax FromExpression(ExpressionSyntax body, bool returnsVoid)
    {
        StatementSyntax statement = body switch
        {
            ThrowExpressionSyntax throwing => ThrowStatement(throwing.Expression),
            _ when returnsVoid => ExpressionStatement(body),
            _ => ReturnStatement(body),
        };
        return Guard(Block(statement));
    }

    public static bool IsVoid(TypeSyntax? type) => type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);
}
