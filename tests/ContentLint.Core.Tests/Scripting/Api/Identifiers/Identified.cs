using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

/// <summary>The numbers of a text read as one of the given identities (what the matching rules then judge).</summary>
internal static class Identified
{
    public static IEnumerable<IdentifierMatch> As(string text, params NumberIdentity[] identities) =>
        NumberIdentities.Of(text).Where(m => identities.Contains(m.Identity));
}
