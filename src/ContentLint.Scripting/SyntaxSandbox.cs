using ContentLint.Core.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentLint.Scripting;

/// <summary>
/// The sandbox checks that need no semantic model, made on the script as written: directives that
/// pull in code (<c>#r</c>, <c>#load</c>) or break position mapping (<c>#line</c>), unsafe code,
/// pointers, interop, attributes, <c>goto</c>, <c>lock</c>, finalizers, static mutable fields and
/// <c>async</c> code (its continuations run after the budget ends, and an exception thrown by an
/// <c>async void</c> method ends the process).
/// </summary>
internal static class SyntaxSandbox
{
    public static List<ScriptProblem> Check(CompilationUnitSyntax root)
    {
        var problems = new List<ScriptProblem>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective))
        {
            var reason = trivia.Kind() switch
            {
                SyntaxKind.ReferenceDirectiveTrivia => ("#r", "scripts cannot reference assemblies"),
                SyntaxKind.LoadDirectiveTrivia => ("#load", "scripts cannot load other scripts"),
                SyntaxKind.LineDirectiveTrivia or SyntaxKind.LineSpanDirectiveTrivia => ("#line", "positions of findings must be the script's own"),
                _ => default,
            };
            Add(problems, trivia.GetLocation(), reason);
        }

        foreach (var node in root.DescendantNodes())
        {
            Add(problems, node.GetLocation(), Reason(node));
            if (node is MemberDeclarationSyntax or LocalFunctionStatementSyntax or LocalDeclarationStatementSyntax)
            {
                foreach (var modifier in Modifiers(node).Where(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.AsyncKeyword)))
                {
                    Add(problems, modifier.GetLocation(), (modifier.Text, ModifierReason(modifier)));
                }
            }

            if (node is AnonymousFunctionExpressionSyntax { AsyncKeyword: var asyncKeyword } && asyncKeyword.IsKind(SyntaxKind.AsyncKeyword))
            {
                Add(problems, asyncKeyword.GetLocation(), (asyncKeyword.Text, ModifierReason(asyncKeyword)));
            }
        }

        return problems;
    }

    private static (string Symbol, string Why) Reason(SyntaxNode node) => node switch
    {
        ExternAliasDirectiveSyntax => ("extern alias", "scripts cannot reference assemblies"),
        AttributeListSyntax list => ($"[{list.Attributes.FirstOrDefault()?.Name}]", "attributes can change layout, interop and security behaviour"),
        UnsafeStatementSyntax => ("unsafe", "unsafe code"),
        FixedStatementSyntax => ("fixed", "pinning memory is unsafe code"),
        GotoStatementSyntax => ("goto", "use loops and local functions"),
        LockStatementSyntax => ("lock", "rules run on many threads and must not block them; keep state in locals"),
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => ("stackalloc", "unsafe stack allocation"),
        PointerTypeSyntax => (node.ToString(), "pointers are unsafe code"),
        FunctionPointerTypeSyntax => ("delegate*", "function pointers are unsafe code"),
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => (node.GetFirstToken().Text, "undocumented reference primitives"),
        ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression) => ("__arglist", "undocumented varargs"),
        DestructorDeclarationSyntax => ("~finalizer", "finalizers run on the garbage collector's thread, outside any budget"),
        FieldDeclarationSyntax field when IsStaticMutable(field) => ($"static {field.Declaration.Variables.First().Identifier.Text}", "static fields are shared by every thread running the rule: make it 'static readonly' or 'const', or use a local"),
        _ => default,
    };

    private static string ModifierReason(SyntaxToken modifier) => modifier.Kind() switch
    {
        SyntaxKind.ExternKeyword => "external (native) methods are interop",
        SyntaxKind.AsyncKeyword => "async code runs after the rule's budget ends and can end the process: rules are synchronous",
        _ => "unsafe code",
    };

    private static bool IsStaticMutable(FieldDeclarationSyntax field) =>
        field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword);

    private static SyntaxTokenList Modifiers(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member => member.Modifiers,
        LocalFunctionStatementSyntax local => local.Modifiers,
        LocalDeclarationStatementSyntax local => local.Modifiers,
        _ => default,
    };

    private static void Add(List<ScriptProblem> problems, Location location, (string Symbol, string Why) reason)
    {
        if (reason.Symbol is null)
        {
            return;
        }

        var span = location.SourceSpan;
        problems.Add(new ScriptProblem(ScriptProblemKind.ForbiddenApi, new ContentLint.Core.Text.TextSpan(span.Start, span.Length), reason.Why, reason.Symbol));
    }
}
