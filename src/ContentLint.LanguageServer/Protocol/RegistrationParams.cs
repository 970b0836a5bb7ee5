namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>client/registerCapability</c> parameters.</summary>
internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
