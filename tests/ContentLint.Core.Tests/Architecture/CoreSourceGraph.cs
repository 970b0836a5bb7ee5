using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentLint.Core.Tests.Architecture;

/// <summary>
/// The references between the top folders of src/ContentLint.Core, read from its sources with Roslyn's
/// semantic model: every name that binds to a type of Core (or to a member of one, extension methods
/// included) counts, however it is written — after a <c>using</c>, fully qualified, or through an alias.
/// Documentation references (<c>cref</c>) do not count: they link, they do not depend.
/// </summary>
internal static class CoreSourceGraph
{
    // The SDK's implicit usings for Microsoft.NET.Sdk (ImplicitUsings=enable in Directory.Build.props).
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    // Errors that mean a name did not bind: the graph would silently miss an edge.
    private static readonly string[] UnboundNameErrors = ["CS0246", "CS0234", "CS0103", "CS0400"];

    /// <summary>Every reference from a file of one folder to a type of another folder.</summary>
    public static IReadOnlyList<FolderReference> Build(string coreDirectory)
    {
        var compilation = Compile(coreDirectory);
        var references = new List<FolderReference>();
        var unbound = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var file = Path.GetRelativePath(coreDirectory, tree.FilePath).Replace('\\', '/');
            var folder = TopFolder(file);
            var model = compilation.GetSemanticModel(tree);
            unbound.AddRange(model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && UnboundNameErrors.Contains(d.Id)));
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                foreach (var type in ReferencedTypes(model, name))
                {
                    foreach (var declaration in type.DeclaringSyntaxReferences)
                    {
                        var target = TopFolder(Path.GetRelativePath(coreDirectory, declaration.SyntaxTree.FilePath).Replace('\\', '/'));
                        if (target != folder)
                        {
                            references.Add(new FolderReference(folder, target, file, type.Name));
                        }
                    }
                }
            }
        }

        if (unbound.Count > 0)
        {
            throw new InvalidOperationException(
                "The architecture test could not bind every name of ContentLint.Core, so its dependency graph would be incomplete. "
                + "Reference the missing assembly in CoreSourceGraph (it takes the test's own dependencies):\n"
                + string.Join("\n", unbound.Take(5)));
        }

        return [.. references.Distinct()];
    }

    private static CSharpCompilation Compile(string coreDirectory)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(coreDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(coreDirectory, path))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToList();
        var globalUsings = string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n"));
        trees.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, Path.Combine(coreDirectory, "obj", "GlobalUsings.g.cs")));
        return CSharpCompilation.Create(
            "ContentLint.Core.Architecture",
            trees,
            PlatformAndPackageReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    // The test host's trusted assemblies hold the framework and Core's packages (YamlDotNet, Markdig…);
    // ContentLint's own assemblies are left out so every Core type binds to its source.
    private static IEnumerable<MetadataReference> PlatformAndPackageReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !Path.GetFileName(path).StartsWith("ContentLint.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));

    private static IEnumerable<INamedTypeSymbol> ReferencedTypes(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);
        var symbols = info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols;
        foreach (var candidate in symbols)
        {
            if (OwningType(candidate) is { } type && type.Locations.Any(l => l.IsInSource))
            {
                yield return type;
            }
        }
    }

    private static INamedTypeSymbol? OwningType(ISymbol symbol) => symbol switch
    {
        IAliasSymbol alias => OwningType(alias.Target),
        IArrayTypeSymbol array => OwningType(array.ElementType),
        INamedTypeSymbol named => named.OriginalDefinition,
        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType,
        INamespaceSymbol or ITypeParameterSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol => null,
        _ => symbol.ContainingType?.OriginalDefinition,
    };

    private static bool IsBuildOutput(string coreDirectory, string path)
    {
        var first = TopFolder(Path.GetRelativePath(coreDirectory, path).Replace('\\', '/'));
        return first is "obj" or "bin";
    }

    private static string TopFolder(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "(root)" : relativePath[..slash];
    }
}
