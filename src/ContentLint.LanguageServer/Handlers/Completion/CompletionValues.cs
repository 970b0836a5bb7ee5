using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules.Declarative;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>The values offered for <c>persona:</c> and <c>lang:</c>, each with what it is (the completion's detail).</summary>
internal static class CompletionValues
{
    /// <summary>BCP 47 tags offered in every workspace: the rule pack's languages, their usual regions, and common neighbours.</summary>
    public static IReadOnlyList<string> CommonLanguages { get; } =
        ["fr", "fr-FR", "fr-CA", "fr-BE", "fr-CH", "en", "en-GB", "en-US", "en-CA", "de", "es", "it", "nl", "pt", "pt-BR"];

    /// <summary>The configured personas (kind and allowed types as detail); without any, the personas used in open posts.</summary>
    public static IEnumerable<(string Value, string Detail)> Personas(ContentPolicy policy, UsedValues used) =>
        policy.Personas.IsEmpty
            ? used.Personas.Select(p => (p, "persona used in open posts"))
            : policy.Personas.Values.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Name, Detail(p)));

    /// <summary>The languages the configuration names (terminology, rule filters), then those used in open posts, then common tags.</summary>
    public static IEnumerable<(string Value, string Detail)> Languages(ConfiguredLinter configured, UsedValues used)
    {
        var policy = configured.Linter.Configuration.Policy;
        var filters = configured.Pack.Rules.OfType<DeclarativeRule>().SelectMany(r => r.Definition.Filters.Langs);
        var configuredLanguages = policy.Terminology.Keys.Where(k => k != "*").Concat(filters).Order(StringComparer.Ordinal);
        return configuredLanguages.Select(l => (l, "language in the configuration"))
            .Concat(used.Languages.Select(l => (l, "language used in open posts")))
            .Concat(CommonLanguages.Select(l => (l, "language tag")))
            .DistinctBy(l => l.Item1, StringComparer.OrdinalIgnoreCase);
    }

    private static string Detail(PersonaSettings persona)
    {
        var types = persona.Types.IsEmpty ? "any type" : string.Join(", ", persona.Types.Select(t => t.ToString().ToLowerInvariant()));
        return $"{persona.Kind} persona · {types}";
    }
}
