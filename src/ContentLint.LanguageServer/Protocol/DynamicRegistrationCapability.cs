namespace ContentLint.LanguageServer.Protocol;

/// <summary>A client capability that may be registered dynamically.</summary>
internal sealed record DynamicRegistrationCapability(bool? DynamicRegistration);
