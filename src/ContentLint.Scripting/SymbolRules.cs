using ContentLint.Core.Scripting;
using Microsoft.CodeAnalysis;

namespace ContentLint.Scripting;

/// <summary>Applies a <see cref="SandboxPolicy"/> to Roslyn symbols; each check returns why a symbol is refused, or null.</summary>
internal sealed class SymbolRules(SandboxPolicy policy, IAssemblySymbol script)
{
    private static readonly SymbolDisplayFormat NameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>How a symbol is named in findings.</summary>
    public static string Display(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.ToDisplayString(NameFormat),
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => $"new {ctor.ContainingType.ToDisplayString(NameFormat)}(…)",
        _ when symbol.ContainingType is { } type => $"{type.ToDisplayString(NameFormat)}.{symbol.Name}",
        _ => symbol.ToDisplayString(NameFormat),
    };

    /// <summary>Why an exception may not be turned into text: its <c>ToString()</c> carries the engine's stack trace and build paths.</summary>
    public const string ExceptionText = "an exception's text includes the engine's stack trace: report its Message";

    /// <summary>
    /// Why a value of <paramref name="type"/> may not be named or stored by a script: an interpolated-string
    /// handler from the libraries (<c>DefaultInterpolatedStringHandler</c>) rents a pooled array, and a
    /// copy returns it to the process-wide pool twice. The compiler's own handlers (<c>$"…"</c>) stay allowed.
    /// </summary>
    public static string? CheckStorage(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsRefLikeType: true } named
        && named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.CompilerServices.InterpolatedStringHandlerAttribute")
            ? "interpolated-string handlers rent pooled arrays; a copy returns one twice: use $\"…\" or a StringBuilder"
            : null;

    /// <summary>True for <see cref="Exception"/> and the types deriving from it.</summary>
    public static bool IsException(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a type that holds an exception where code the script did not write may format it: a
    /// generic type or method argument (<c>string.Join(",", new[] { e })</c> calls <c>T.ToString()</c>,
    /// a tuple's or a <c>List</c>'s <c>ToString</c> formats its items), an array (converts to
    /// <c>object[]</c>), or a field or property of a script type (a record's generated <c>ToString</c>).
    /// </summary>
    public static bool CarriesException(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => IsException(array.ElementType) || CarriesException(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(a => IsException(a) || CarriesException(a)),
        _ => false,
    };

    public string? CheckType(ITypeSymbol? type, int depth = 0)
    {
        switch (type)
        {
            case null or ITypeParameterSymbol or IErrorTypeSymbol:
                return null;
            case IArrayTypeSymbol array:
                return CheckType(array.ElementType, depth);
            case IPointerTypeSymbol:
                return "pointers are unsafe code";
            case IFunctionPointerTypeSymbol:
                return "function pointers are unsafe code";
            case { TypeKind: TypeKind.Dynamic }:
                return "'dynamic' escapes compile-time checks";
            case INamedTypeSymbol named when depth < 16:
                if (!SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, script))
                {
                    var outer = named;
                    while (outer.ContainingType is { } containing)
                    {
                        outer = containing;
                    }

                    var ns = outer.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                    var fullName = ns.Length == 0 ? outer.Name : ns + "." + outer.Name;
                    if (!policy.IsTypeAllowed(ns, fullName))
                    {
                        return ForbiddenReasons.For(fullName);
                    }
                }

                for (var t = named; t is not null; t = t.ContainingType)
                {
                    foreach (var argument in t.TypeArguments)
                    {
                        if (CheckType(argument, depth + 1) is { } why)
                        {
                            return why;
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    public string? CheckMember(ISymbol? member, string? accessorName = null)
    {
        if (member is null || SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, script))
        {
            return null;
        }

        if (member is IMethodSymbol { ReducedFrom: { } reduced })
        {
            member = reduced;
        }

        if (CheckType(member.ContainingType) is { } typeReason)
        {
            return typeReason;
        }

        var typeName = member.ContainingType is { } ct ? Original(ct) : string.Empty;
        if (!policy.IsMemberAllowed(typeName, accessorName ?? member.Name))
        {
            return "reflection and process-wide settings are outside the allow-list";
        }

        return member switch
        {
            IMethodSymbol method => CheckType(method.ReturnType) ?? method.Parameters.Select(p => CheckType(p.Type)).FirstOrDefault(r => r is not null)
                ?? method.TypeArguments.Select(t => CheckType(t)).FirstOrDefault(r => r is not null),
            IPropertySymbol property => CheckType(property.Type) ?? property.Parameters.Select(p => CheckType(p.Type)).FirstOrDefault(r => r is not null),
            IFieldSymbol field => CheckType(field.Type),
            IEventSymbol @event => CheckType(@event.Type),
            _ => null,
        };
    }

    private static string Original(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var name = type.ContainingType is { } outer ? Original(outer) + "." + type.Name : type.Name;
        return type.ContainingType is null && ns.Length > 0 ? ns + "." + name : name;
    }
}
