namespace ContentLint.LanguageServer.Protocol;

/// <summary>The values of <see cref="RuleInfo.Source"/>.</summary>
internal static class RuleSources
{
    /// <summary>The engine's own rules (CL0xxx): parsing, fields, suppressions, configuration.</summary>
    public const string Engine = "engine";

    /// <summary>Shipped with ContentLint: a compiled rule or a file of the built-in pack.</summary>
    public const string BuiltIn = "built-in";

    /// <summary>A rule file of the configuration's <c>rules:</c> folders.</summary>
    public const string User = "user";
}
