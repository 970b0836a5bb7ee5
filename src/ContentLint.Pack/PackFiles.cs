using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Pack;

/// <summary>
/// The files of the repository's <c>rules/</c> folder, embedded in this assembly at build time under
/// their path (<c>rules/persona/CL3006.type-contradicted.yaml</c>), case files included, and the
/// assembly of the compiled scripts.
/// </summary>
public static class PackFiles
{
    /// <summary>Resource name of the assembly holding the compiled scripts.</summary>
    public const string ScriptsAssemblyName = "ContentLint.Pack.Scripts.dll";

    private static readonly Assembly Self = typeof(PackFiles).Assembly;

    private static readonly Lazy<string> s_identity = new(ComputeIdentity);

    /// <summary>Every embedded file under <c>rules/</c>, in ordinal order.</summary>
    public static ImmutableArray<string> All { get; } =
        [.. Self.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The rule files (<c>.yaml</c> and <c>.csx</c>; case files excluded).</summary>
    public static IEnumerable<string> RuleFiles => All.Where(n => !IsCaseFile(n));

    /// <summary>SHA-256 of every embedded file and of the compiled scripts: changes whenever the pack does.</summary>
    public static string Identity => s_identity.Value;

    /// <summary>The text of an embedded file.</summary>
    public static string Read(string name)
    {
        using var stream = Self.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"The rule pack has no file {name}.", name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of an embedded resource.</summary>
    public static byte[] ReadBytes(string name)
    {
        using var stream = Self.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"The rule pack has no resource {name}.", name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The case file of a rule file (<c>X.yaml</c> or <c>X.csx</c> → <c>X.cases.yaml</c>), or null.</summary>
    public static string? CasesOf(string ruleFile)
    {
        var cases = ruleFile[..ruleFile.LastIndexOf('.')] + ".cases.yaml";
        return All.Contains(cases) ? cases : null;
    }

    private static bool IsCaseFile(string name) => name.EndsWith(".cases.yaml", StringComparison.Ordinal);

    private static string ComputeIdentity()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in All.Append(ScriptsAssemblyName))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(ReadBytes(name));
        }

        return "pack " + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
