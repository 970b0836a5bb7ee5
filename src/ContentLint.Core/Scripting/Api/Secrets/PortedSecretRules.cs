using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// gitleaks' default rules (MIT, see <c>Data/LICENSE.gitleaks.txt</c>), ported by
/// <c>tools/gitleaks/convert.py</c> into <c>Data/gitleaks-rules.json</c> and embedded in this assembly.
/// Every pattern runs on the non-backtracking engine, so a post costs time linear in its length
/// whatever the pattern; a pattern that engine cannot run is a build-time error (a test builds them all),
/// not a rule silently left out. A rule's regex is built when a text first holds one of its keywords and passes its
/// quick test (<see cref="PortedSecretRule.Quick"/>), allowlists' regexes when a rule first matches.
/// </summary>
public static class PortedSecretRules
{
    private const string ResourceName = "ContentLint.Core.Scripting.Api.Secrets.Data.gitleaks-rules.json";

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Lazy<(IReadOnlyList<PortedSecretRule> Rules, IReadOnlyList<SecretAllowlist> Global, string Commit)> Loaded = new(Load);

    private static readonly Lazy<PortedSecretKeywords> Keywords = new(() => new PortedSecretKeywords(All));

    /// <summary>The ported rules, in gitleaks' order.</summary>
    public static IReadOnlyList<PortedSecretRule> All => Loaded.Value.Rules;

    /// <summary>The allowlist gitleaks applies to every rule.</summary>
    public static IReadOnlyList<SecretAllowlist> Global => Loaded.Value.Global;

    /// <summary>The gitleaks commit the rules were ported from.</summary>
    public static string SourceCommit => Loaded.Value.Commit;

    /// <summary>
    /// The rules whose regex gitleaks runs on <paramref name="text"/>, in gitleaks' order: those one of whose
    /// keywords the lower-cased text contains (every keyword of every rule looked for in one pass).
    /// </summary>
    public static IReadOnlyList<PortedSecretRule> Triggered(string text) => Keywords.Value.Triggered(text);

    private static (IReadOnlyList<PortedSecretRule>, IReadOnlyList<SecretAllowlist>, string) Load()
    {
        using var stream = typeof(PortedSecretRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var global = root.GetProperty("allowlist");
        var globalList = new SecretAllowlist(false, "secret", Regexes(global, "regexes", "global allowlist"), Strings(global, "stopwords"));
        var rules = root.GetProperty("rules").EnumerateArray().Select(ReadRule).ToList();
        return (rules, [globalList], root.GetProperty("source").GetProperty("commit").GetString()!);
    }

    private static PortedSecretRule ReadRule(JsonElement rule)
    {
        var id = rule.GetProperty("id").GetString()!;
        var pattern = rule.GetProperty("regex").GetString()!;
        return new PortedSecretRule(
            id,
            rule.TryGetProperty("description", out var description) ? description.GetString()! : id,
            new Lazy<Regex>(() => Build($"rule '{id}'", pattern)),
            new Lazy<Regex>(() => new Regex(pattern, RegexOptions.CultureInvariant, PortedSecretRule.QuickTimeout)),
            rule.TryGetProperty("secretGroup", out var group) ? group.GetInt32() : 0,
            rule.TryGetProperty("entropy", out var entropy) ? entropy.GetDouble() : 0,
            Strings(rule, "keywords"),
            rule.TryGetProperty("allowlists", out var lists) ? lists.EnumerateArray().Select(list => ReadAllowlist(list, id)).ToList() : []);
    }

    /// <summary>A pattern on the non-backtracking engine; <paramref name="owner"/> names the rule or allowlist it comes from in the error.</summary>
    private static Regex Build(string owner, string pattern)
    {
        try
        {
            return new Regex(pattern, Options);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"A pattern of the ported gitleaks {owner} cannot run on .NET's non-backtracking engine: {ex.Message}", ex);
        }
    }

    private static SecretAllowlist ReadAllowlist(JsonElement list, string ruleId) => new(
        list.GetProperty("condition").GetString() == "AND",
        list.GetProperty("regexTarget").GetString()!,
        Regexes(list, "regexes", $"rule '{ruleId}' (allowlist)"),
        Strings(list, "stopwords"));

    /// <summary>An allowlist's regexes, built on first use: a text needs them only when a rule matched it.</summary>
    private static LazyRegexList Regexes(JsonElement owner, string name, string ownerName) =>
        new(Strings(owner, name), pattern => Build(ownerName, pattern));

    private static List<string> Strings(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(item => item.GetString()!).ToList() : [];

    /// <summary>Regexes built together on first use (thread-safe); their count is known before.</summary>
    private sealed class LazyRegexList(IReadOnlyList<string> patterns, Func<string, Regex> build) : IReadOnlyList<Regex>
    {
        private readonly Lazy<Regex[]> _built = new(() => [.. patterns.Select(build)]);

        public int Count => patterns.Count;

        public Regex this[int index] => _built.Value[index];

        public IEnumerator<Regex> GetEnumerator() => ((IEnumerable<Regex>)_built.Value).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
