namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>Personas and languages already used in the open documents: offered besides (or, for personas, without) what the configuration declares.</summary>
internal sealed record UsedValues(IReadOnlyCollection<string> Personas, IReadOnlyCollection<string> Languages)
{
    public static UsedValues From(ServerContext context)
    {
        var posts = context.Documents.All
            .Select(d => context.Cache.Get(d.Uri)?.Result?.Document)
            .OfType<Core.Documents.PostDocument>()
            .SelectMany(d => d.Posts)
            .ToList();
        return new UsedValues(
            posts.Select(p => p.Persona?.Value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            posts.Select(p => p.Lang?.Value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList());
    }
}
