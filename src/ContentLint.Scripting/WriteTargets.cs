using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContentLint.Scripting;

/// <summary>
/// Whether a bound member reference is written to, in any form: <c>=</c>, compound (<c>+=</c>,
/// <c>??=</c>), <c>++</c>/<c>--</c>, a deconstruction target (<c>(CultureInfo.CurrentCulture, _) = …</c>),
/// a <c>ref</c>/<c>out</c> argument, an object initializer or a <c>with</c> expression.
/// </summary>
internal static class WriteTargets
{
    public static bool IsWritten(IOperation reference)
    {
        var current = reference;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IAssignmentOperation assignment:
                    return assignment.Target == current;
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out;
                case ITupleOperation or IDeclarationExpressionOperation:
                    current = parent; // a deconstruction target: (a, (b, c)) = …
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
