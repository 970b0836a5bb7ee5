using System.Collections.Immutable;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The allow-list scripts are checked against before they are emitted. A type is allowed when its
/// namespace is in <see cref="AllowedNamespaces"/> or its full name in <see cref="AllowedTypes"/>
/// (generic arity ignored, nested types follow their outermost type), and it is not in
/// <see cref="DeniedTypes"/>, or its namespace lies under one of <see cref="AllowedNamespaceTrees"/>; its type arguments must be allowed too. A member is allowed when its
/// type is, every type in its signature is, and it is not in <see cref="DeniedMembers"/>. Changing
/// any list means bumping <see cref="Version"/>, which is part of the script cache key.
/// </summary>
public sealed class SandboxPolicy
{
    /// <summary>The policy every script is checked against.</summary>
    public static SandboxPolicy Default { get; } = new();

    private SandboxPolicy()
    {
    }

    /// <summary>Version of the lists below; part of the cache key.</summary>
    public int Version => 6;

    /// <summary>Namespaces whose types are all allowed (not their sub-namespaces).</summary>
    public ImmutableHashSet<string> AllowedNamespaces { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Collections", "System.Collections.Generic", "System.Collections.Immutable", "System.Collections.ObjectModel", "System.Linq", "System.Text",
        "System.Text.RegularExpressions", "System.Globalization", "System.Collections.Frozen");

    /// <summary>
    /// Namespaces allowed with all their sub-namespaces: the rule API, and the engine's pure text and
    /// counting code it hands out (no I/O, no process-wide settings).
    /// </summary>
    public ImmutableArray<string> AllowedNamespaceTrees { get; } =
    [
        "ContentLint.Core.Scripting.Api", "ContentLint.Core.Scoping", "ContentLint.Core.Matching", "ContentLint.Core.Channels",
        "ContentLint.Core.Configuration.Policy",
    ];

    /// <summary>Types allowed one by one (full name without generic arity).</summary>
    public ImmutableHashSet<string> AllowedTypes { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Object", "System.String", "System.Boolean", "System.Char", "System.Byte", "System.SByte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Int128", "System.UInt128", "System.Single", "System.Double",
        "System.Half", "System.Decimal", "System.Void", "System.Math", "System.MathF", "System.Convert", "System.Array", "System.Enum",
        "System.Nullable", "System.ValueTuple", "System.Tuple", "System.Func", "System.Action", "System.Predicate", "System.Comparison",
        "System.Converter", "System.Span", "System.ReadOnlySpan", "System.Memory", "System.ReadOnlyMemory", "System.MemoryExtensions",
        "System.Index", "System.Range", "System.HashCode", "System.StringComparer", "System.StringComparison", "System.StringSplitOptions",
        "System.StringNormalizationExtensions", "System.DateTime", "System.DateTimeOffset", "System.DateTimeKind", "System.DateOnly",
        "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek", "System.MidpointRounding", "System.Guid", "System.Uri", "System.UriKind",
        "System.UriComponents", "System.UriFormat", "System.Random", "System.Lazy", "System.FormattableString", "System.IFormatProvider",
        "System.IFormattable", "System.ISpanFormattable", "System.IComparable", "System.IEquatable", "System.IDisposable", "System.ICloneable",
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.NotSupportedException", "System.NotImplementedException", "System.FormatException",
        "System.IndexOutOfRangeException", "System.OverflowException", "System.DivideByZeroException", "System.NullReferenceException",
        "System.InvalidCastException", "System.ArithmeticException", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "ContentLint.Core.Rules.TextReplacement", "ContentLint.Core.Rules.PostFact",
        // The post model scripts read (immutable records), and what findings carry. Not SourceLoader: it reads files.
        "ContentLint.Core.Text.TextSpan", "ContentLint.Core.Documents.Post", "ContentLint.Core.Documents.PostDocument",
        "ContentLint.Core.Documents.MappedText", "ContentLint.Core.Text.Located", "ContentLint.Core.Documents.PostType",
        "ContentLint.Core.Documents.PostRendition", "ContentLint.Core.Documents.PostVariant", "ContentLint.Core.Documents.PostField",
        "ContentLint.Core.Documents.SourceDocument", "ContentLint.Core.Documents.SourceMap", "ContentLint.Core.Documents.TextRegion",
        "ContentLint.Core.Diagnostics.CodeReading", "ContentLint.Core.Documents.PostAnchor", "ContentLint.Core.Documents.DocumentKind",
        "ContentLint.Core.Documents.IReplacementEncoder", "ContentLint.Core.Documents.Languages", "ContentLint.Core.Diagnostics.CodeFix",
        "ContentLint.Core.Diagnostics.TextEdit", "ContentLint.Core.Diagnostics.LocalizedString");

    /// <summary>Types denied although their namespace is allowed: parallel and queryable LINQ, regex compilation internals, encoding providers.</summary>
    public ImmutableHashSet<string> DeniedTypes { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Linq.ParallelEnumerable", "System.Linq.ParallelQuery", "System.Linq.OrderedParallelQuery", "System.Linq.ParallelExecutionMode",
        "System.Linq.ParallelMergeOptions", "System.Linq.Queryable", "System.Linq.IQueryable", "System.Linq.IOrderedQueryable",
        "System.Linq.IQueryProvider", "System.Linq.EnumerableQuery", "System.Linq.EnumerableExecutor",
        "System.Text.RegularExpressions.RegexRunner", "System.Text.RegularExpressions.RegexRunnerFactory",
        "System.Text.RegularExpressions.RegexCompilationInfo", "System.Text.EncodingProvider", "System.Text.CodePagesEncodingProvider");

    /// <summary>
    /// Members denied on allowed types (<c>Type.Member</c>, accessors as <c>set_Name</c>): reflection,
    /// process-wide settings and state (the string intern pool keeps every post's text and answers whether a text was seen), and an exception's stack trace (it names the engine's build paths).
    /// </summary>
    public ImmutableHashSet<string> DeniedMembers { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.Object.GetType", "System.Object.MemberwiseClone", "System.Text.RegularExpressions.Regex.CompileToAssembly",
        "System.Exception.StackTrace", "System.Exception.ToString", "System.Exception.Data", "System.Exception.Source",
        "System.Exception.TargetSite", "System.Exception.GetObjectData", "System.Globalization.CultureInfo.ClearCachedData",
        "System.Text.RegularExpressions.Regex.set_CacheSize", "System.Text.Encoding.RegisterProvider",
        "System.Globalization.CultureInfo.set_DefaultThreadCurrentCulture", "System.Globalization.CultureInfo.set_DefaultThreadCurrentUICulture",
        "System.Globalization.CultureInfo.set_CurrentCulture", "System.Globalization.CultureInfo.set_CurrentUICulture",
        "System.String.Intern", "System.String.IsInterned");

    /// <summary>True when a type named <paramref name="fullName"/> (without arity) in <paramref name="containingNamespace"/> is allowed; nested types pass their outermost type.</summary>
    public bool IsTypeAllowed(string containingNamespace, string fullName) =>
        !DeniedTypes.Contains(fullName)
        && (AllowedNamespaces.Contains(containingNamespace) || AllowedTypes.Contains(fullName) || AllowedNamespaceTrees.Any(tree => IsUnder(containingNamespace, tree)));

    private static bool IsUnder(string ns, string tree) =>
        ns.StartsWith(tree, StringComparison.Ordinal) && (ns.Length == tree.Length || ns[tree.Length] == '.');

    /// <summary>
    /// Namespaces whose property setters are all denied: a culture's number, date and text data are
    /// shared by the whole process (<c>CultureInfo.CurrentCulture.NumberFormat</c> is the user's culture for every thread).
    /// </summary>
    public ImmutableArray<string> ReadOnlyNamespaces { get; } = ["System.Globalization"];

    /// <summary>True when the member <paramref name="memberName"/> of the allowed type <paramref name="typeFullName"/> is not denied.</summary>
    public bool IsMemberAllowed(string typeFullName, string memberName) =>
        !DeniedMembers.Contains(typeFullName + "." + memberName)
        && !(memberName.StartsWith("set_", StringComparison.Ordinal) && ReadOnlyNamespaces.Any(ns => IsUnder(NamespaceOf(typeFullName), ns)));

    private static string NamespaceOf(string typeFullName) => typeFullName.LastIndexOf('.') is var dot and > 0 ? typeFullName[..dot] : string.Empty;
}
