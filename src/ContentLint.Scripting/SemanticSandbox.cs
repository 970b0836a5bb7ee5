using ContentLint.Core.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContentLint.Scripting;

/// <summary>
/// The sandbox checks on the bound script: every name the script writes (types, members, aliases,
/// <c>var</c>, <c>global::</c>, generic arguments) and every operation the compiler binds (the types
/// of all expressions, implicit conversions and operators, property setters) must pass the
/// <see cref="SymbolRules"/>; script classes may only derive from script classes.
/// </summary>
internal sealed class SemanticSandbox(SemanticModel model, GeneratedSource source, SymbolRules rules)
{
    private readonly List<(Microsoft.CodeAnalysis.Text.TextSpan Span, string Symbol, string Why, int Rank)> _found = [];

    public IEnumerable<ScriptProblem> Check()
    {
        var root = model.SyntaxTree.GetRoot();
        var roots = new HashSet<IOperation>();
        foreach (var node in root.DescendantNodes().Where(n => source.IsUserCode(n.Span)))
        {
            CheckNode(node);
            if (model.GetOperation(node) is { } operation)
            {
                while (operation.Parent is { } parent)
                {
                    operation = parent;
                }

                roots.Add(operation);
            }
        }

        foreach (var operation in roots)
        {
            foreach (var op in operation.DescendantsAndSelf().Where(o => source.IsUserCode(o.Syntax.Span)))
            {
                CheckOperation(op);
            }
        }

        // One finding per line: a member named in the code (File.ReadAllText) first, then one bound by the compiler, then types; leftmost first.
        return _found
            .GroupBy(f => model.SyntaxTree.GetLineSpan(f.Span).StartLinePosition.Line)
            .Select(line => line.OrderBy(f => f.Rank).ThenBy(f => f.Span.Start).First())
            .OrderBy(f => f.Span.Start)
            .Select(f => new ScriptProblem(ScriptProblemKind.ForbiddenApi, source.ToScript(f.Span), f.Why, f.Symbol));
    }

    private void CheckNode(SyntaxNode node)
    {
        switch (node)
        {
            case SimpleNameSyntax name when !name.IsVar && !IsReceiverOfMember(name):
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                Report(name, symbol, symbol is ITypeSymbol type ? rules.CheckType(type) ?? SymbolRules.CheckStorage(type) : rules.CheckMember(symbol is IAliasSymbol alias ? alias.Target : symbol));
                break;
            case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } variable when model.GetDeclaredSymbol(variable) is IFieldSymbol field:
                Report(variable.Identifier, field, LongLivedState.Check(field, IsRuleClass(field.ContainingType), IsFreshDelegate(variable.Initializer)));
                break;
            case VariableDeclaratorSyntax { Parent.Parent: EventFieldDeclarationSyntax } variable when model.GetDeclaredSymbol(variable) is IEventSymbol @event:
                Report(variable.Identifier, @event, LongLivedState.Check(@event, IsRuleClass(@event.ContainingType)));
                break;
            case PropertyDeclarationSyntax property when model.GetDeclaredSymbol(property) is { } declaredProperty:
                var backing = declaredProperty.ContainingType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, declaredProperty));
                Report(property.Identifier, declaredProperty, backing is null ? null : LongLivedState.Check(backing, IsRuleClass(declaredProperty.ContainingType), IsFreshDelegate(property.Initializer)));
                break;
            case TypeDeclarationSyntax declaration when model.GetDeclaredSymbol(declaration) is { } declared:
                if (declared.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum) } baseType
                    && !SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, declared.ContainingAssembly))
                {
                    Report(declaration.Identifier, baseType, "script classes may only derive from script classes");
                }

                foreach (var contract in declared.Interfaces)
                {
                    Report(declaration.Identifier, contract, rules.CheckType(contract));
                }

                // A record prints its members in its generated ToString: an exception kept there is formatted with its stack trace.
                foreach (var member in declared.GetMembers().Where(m => m is IFieldSymbol { Type: var t } && (SymbolRules.IsException(t) || SymbolRules.CarriesException(t))))
                {
                    Report(declaration.Identifier, ((IFieldSymbol)member).Type, SymbolRules.ExceptionText);
                }

                break;
        }
    }

    /// <summary>
    /// True when an initializer is a lambda, an anonymous method or a static method group (through casts
    /// and parentheses): a delegate that holds no state, as nothing but its own parameters is in scope.
    /// </summary>
    private bool IsFreshDelegate(EqualsValueClauseSyntax? initializer)
    {
        var value = initializer?.Value;
        while (value is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            value = value is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((CastExpressionSyntax)value).Expression;
        }

        return value is AnonymousFunctionExpressionSyntax
            || (value is not null && model.GetSymbolInfo(value) is { Symbol: IMethodSymbol { IsStatic: true } } or { CandidateSymbols: [IMethodSymbol { IsStatic: true }, ..] });
    }

    /// <summary>True for the class the script's top level becomes (declared by scaffolding, not by the script).</summary>
    private bool IsRuleClass(INamedTypeSymbol type) => type.DeclaringSyntaxReferences.All(r => !source.IsUserCode(r.Span));

    /// <summary>True for <c>File</c> in <c>System.IO.File.ReadAllText</c>: the member is reported instead, by its full name.</summary>
    private bool IsReceiverOfMember(SimpleNameSyntax name)
    {
        SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == name ? qualified : name;
        return expression.Parent is MemberAccessExpressionSyntax access && access.Expression == expression
            && model.GetSymbolInfo(access).Symbol is { } symbol and not ITypeSymbol and not INamespaceSymbol;
    }

    private void CheckOperation(IOperation op)
    {
        if (op.Type is { } type && rules.CheckType(type) is { } typeWhy)
        {
            Report(op.Syntax, type, typeWhy, bound: true);
        }

        var (member, accessor) = op switch
        {
            IInvocationOperation invocation => ((ISymbol?)invocation.TargetMethod, (string?)null),
            IObjectCreationOperation creation => (creation.Constructor, null),
            IMemberReferenceOperation reference => (reference.Member, null),
            IBinaryOperation binary => (binary.OperatorMethod, null),
            IUnaryOperation unary => (unary.OperatorMethod, null),
            IConversionOperation conversion => (conversion.OperatorMethod, null),
            ICompoundAssignmentOperation compound => (compound.OperatorMethod, null),
            IIncrementOrDecrementOperation increment => (increment.OperatorMethod, null),
            _ => (null, null),
        };
        Report(op.Syntax, member, rules.CheckMember(member, accessor), bound: true);
        CheckStateAndLeaks(op);
        if (op.Kind is OperationKind.DynamicInvocation or OperationKind.DynamicMemberReference or OperationKind.DynamicObjectCreation or OperationKind.DynamicIndexerAccess)
        {
            Report(op.Syntax, null, "'dynamic' escapes compile-time checks", bound: true);
        }
    }

    /// <summary>Writes to denied setters in any form, copies of pooled string handlers, an exception formatted with its stack trace.</summary>
    private void CheckStateAndLeaks(IOperation op)
    {
        switch (op)
        {
            case IPropertyReferenceOperation { Property: var property } when WriteTargets.IsWritten(op):
                Report(op.Syntax, property, rules.CheckMember(property, property.SetMethod?.Name ?? "set_" + property.Name), bound: true);
                break;
            case IVariableDeclaratorOperation { Symbol: var local }:
                Report(op.Syntax, local.Type, SymbolRules.CheckStorage(local.Type), bound: true);
                break;
            case IConversionOperation { Operand.Type: { } from, Type: { } to, Parent: not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } }
                when SymbolRules.IsException(from) && !SymbolRules.IsException(to):
                Report(op.Syntax, from, SymbolRules.ExceptionText, bound: true);
                break;
            case IPatternOperation { InputType: var input, NarrowedType: var narrowed } when SymbolRules.IsException(input) && !SymbolRules.IsException(narrowed):
                // 'e is object o' converts without a conversion operation; o.ToString() is then the exception's.
                Report(op.Syntax, input, SymbolRules.ExceptionText, bound: true);
                break;
            case IInterpolationOperation { Expression.Type: { } formatted } when SymbolRules.IsException(formatted):
                Report(op.Syntax, formatted, SymbolRules.ExceptionText, bound: true);
                break;
            case IInvocationOperation { TargetMethod.TypeArguments: var arguments } when arguments.Any(a => SymbolRules.IsException(a) || SymbolRules.CarriesException(a)):
                Report(op.Syntax, arguments.First(a => SymbolRules.IsException(a) || SymbolRules.CarriesException(a)), SymbolRules.ExceptionText, bound: true);
                break;
            case { Type: { } carrier } when SymbolRules.CarriesException(carrier):
                Report(op.Syntax, carrier, SymbolRules.ExceptionText, bound: true);
                break;
        }
    }

    private void Report(SyntaxNode node, ISymbol? symbol, string? why, bool bound = false) => Report(node.Span, symbol, why, node, bound);

    private void Report(SyntaxToken token, ISymbol? symbol, string? why) => Report(token.Span, symbol, why, null, bound: false);

    private void Report(Microsoft.CodeAnalysis.Text.TextSpan span, ISymbol? symbol, string? why, SyntaxNode? node, bool bound)
    {
        if (why is null)
        {
            return;
        }

        var name = symbol is null ? node?.ToString() ?? "dynamic" : SymbolRules.Display(symbol);
        var isMember = symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol;
        _found.Add((span, name, why, (isMember ? 0 : 2) + (bound ? 1 : 0)));
    }
}
