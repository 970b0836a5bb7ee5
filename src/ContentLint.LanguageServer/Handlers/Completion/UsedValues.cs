using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>Personas and languages already used in the open documents: offered besides (or, for personas, without) what the configuration declares.</summary>
internal sealed record UsedValues(IReadOnlyCollection<string> Personas, IReadOnlyCollection<string> Languages)
{
    public static UsedValues From(DocumentStore documents, AnalysisCache cache)
    {
        var posts = documents.All
            .Select(d => cache.Get(d.Uri)?.Result?.Document)
            .OfType<Core.Documents.PostDocument>()
            .SelectMany(d => d.Posts)
            .ToList();
        return new UsedValues(
            posts.Select(p => p.Persona?.Value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            posts.Select(p => p.Lang?.Value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList());
    }
}
