using Microsoft.CodeAnalysis;

namespace ContentLint.Scripting;

/// <summary>
/// State that would outlive one post: a static field (of any script type) or a field of the rule
/// class itself (one instance serves every post a thread checks). Such a field must be <c>const</c>, or
/// <c>readonly</c> and of an immutable type, else one post's text could reach another post's findings
/// and memory kept across posts would escape the per-post allocation budget. Rejected rather than reset
/// per post: resetting would rebuild every <c>static readonly Regex</c> on every post, and a rejection
/// tells the author where the state is.
/// </summary>
internal static class LongLivedState
{
    private const string Mutable = "a field that outlives one post must be 'const' or 'readonly' (one rule instance serves many posts): use a local";

    /// <summary>
    /// Why <paramref name="field"/> (a field, or an auto-property's backing field) is refused, or null.
    /// <paramref name="freshDelegate"/> says whether its initializer is a lambda or a static method written
    /// there: a delegate is stateless only then (one returned by a call may close over a list, one made
    /// from an instance method holds its object).
    /// </summary>
    public static string? Check(IFieldSymbol field, bool inRuleClass, bool freshDelegate)
    {
        if (field.IsConst || !(field.IsStatic || inRuleClass))
        {
            return null;
        }

        if (!field.IsReadOnly)
        {
            return Mutable;
        }

        if (field.Type.TypeKind == TypeKind.Delegate)
        {
            return freshDelegate ? null : "a delegate kept across posts must be a lambda or a static method written in its initializer: one made elsewhere can close over state";
        }

        return IsImmutable(field.Type, [])
            ? null
            : $"a field that outlives one post must hold an immutable value, not '{SymbolRules.Display(field.Type)}': use ImmutableArray, FrozenDictionary, ImmutableHashSet… or a local";
    }

    /// <summary>Why a field-like event (its delegate field is written by every <c>+=</c>) is refused, or null.</summary>
    public static string? Check(IEventSymbol @event, bool inRuleClass) => @event.IsStatic || inRuleClass ? Mutable : null;

    private static bool IsImmutable(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        switch (type)
        {
            case IArrayTypeSymbol or ITypeParameterSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return false;
            case { TypeKind: TypeKind.Enum }:
                return true;
            case { TypeKind: TypeKind.Delegate }:
                // Its closure or target object can hold anything (a list filled by every post).
                return false;
            case { SpecialType: SpecialType.System_Object or SpecialType.System_Array }:
                return false;
            case { SpecialType: not SpecialType.None }:
                return true;
            case INamedTypeSymbol named when named.Locations.Any(l => l.IsInSource):
                // A script's own type: immutable when all its instance fields are readonly and immutable.
                return !visiting.Add(named) || (named.GetMembers().OfType<IFieldSymbol>()
                    .Where(f => !f.IsStatic && !f.IsConst)
                    .All(f => f.IsReadOnly && IsImmutable(f.Type, visiting))
                    && !named.GetMembers().OfType<IEventSymbol>().Any(e => !e.IsStatic && e.AddMethod is { IsImplicitlyDeclared: true }));
            case INamedTypeSymbol named:
                return IsImmutableLibraryType(named) && named.TypeArguments.All(t => IsImmutable(t, visiting));
            default:
                return false;
        }
    }

    private static bool IsImmutableLibraryType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var outer = type;
        while (outer.ContainingType is { } containing)
        {
            outer = containing;
        }

        return ns switch
        {
            "System.Collections.Immutable" => !type.Name.EndsWith("Builder", StringComparison.Ordinal),
            "System.Collections.Frozen" => true,
            _ when ns.StartsWith("ContentLint.", StringComparison.Ordinal) => true, // the API's values: options, spans, matchers
            _ => ImmutableLibraryTypes.Contains(ns + "." + outer.Name),
        };
    }

    private static readonly HashSet<string> ImmutableLibraryTypes =
    [
        "System.Text.RegularExpressions.Regex", "System.TimeSpan", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly",
        "System.Guid", "System.Uri", "System.Index", "System.Range", "System.Half", "System.Int128", "System.UInt128", "System.Nullable",
        "System.ValueTuple", "System.Tuple", "System.StringComparer", "System.Text.Rune", "System.Text.CompositeFormat",
        "System.Collections.Generic.KeyValuePair", "System.ReadOnlyMemory",
    ];
}
