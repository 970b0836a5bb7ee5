using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about <c>contentlint.yaml</c> (CL0020–CL0024).</summary>
public static class ConfigRules
{
    /// <summary>CL0020: the configuration file does not parse or cannot be read.</summary>
    public static RuleDescriptor InvalidConfig { get; } = new(
        "CL0020", "invalid-config", "The configuration file must parse.", RuleCategory.Engine, Severity.Error,
        "Invalid configuration: {problem}",
        """
        `contentlint.yaml` could not be read or parsed as YAML, so nothing was checked (exit code 2).
        The position is where the YAML parser stopped.
        """) { IsConfigurable = false, French = new("Le fichier de configuration doit être valide.", "Configuration invalide : {problem}") };

    /// <summary>CL0021: a key the configuration does not define.</summary>
    public static RuleDescriptor UnknownConfigKey { get; } = new(
        "CL0021", "unknown-config-key", "Configuration keys must be known.", RuleCategory.Engine, Severity.Warning,
        "Unknown configuration key '{key}'{suggestion}",
        """
        `contentlint.yaml` has a key ContentLint does not know; it is ignored. Usually a typo. The JSON
        schema in `schema/contentlint.schema.json` gives completion and validation in editors.
        """) { French = new("Les clés de configuration doivent être connues.", "Clé de configuration inconnue « {key} »{suggestion}") };

    /// <summary>CL0022: a configuration value of the wrong kind.</summary>
    public static RuleDescriptor InvalidConfigValue { get; } = new(
        "CL0022", "invalid-config-value", "Configuration values must be valid.", RuleCategory.Engine, Severity.Error,
        "Invalid configuration value for '{key}': {problem}",
        """
        A configuration key has a value of the wrong kind (a severity that is not one of
        `error`, `warning`, `info`, `hint`, `off`; a glob that is not a string; a negative limit…).
        Nothing is checked until it is fixed (exit code 2).
        """) { IsConfigurable = false, French = new("Les valeurs de configuration doivent être valides.", "Valeur de configuration invalide pour « {key} » : {problem}") };

    /// <summary>CL0023: configuration names a rule that does not exist.</summary>
    public static RuleDescriptor UnknownRuleInConfig { get; } = new(
        "CL0023", "unknown-rule-in-config", "Configuration must name known rules and categories.", RuleCategory.Engine, Severity.Warning,
        "Unknown rule or category '{rule}'{suggestion}",
        """
        `severity:` (or an override's `severity:`) names a rule ID, rule name or category that does not
        exist, so the setting has no effect. Categories: `engine`, `channels`, `confidentiality`,
        `persona`, `brand-voice`, `typography`.
        """) { French = new("La configuration doit nommer des règles et des catégories connues.", "Règle ou catégorie inconnue « {rule} »{suggestion}") };

    /// <summary>CL0024: a post checked while its configuration cannot be read (language server).</summary>
    public static RuleDescriptor ConfigurationUnreadable { get; } = new(
        "CL0024", "configuration-unreadable", "The post's configuration must be readable.", RuleCategory.Engine, Severity.Error,
        "The content policy in '{config}' could not be read; {fallback}",
        """
        The editor checks a post with its configuration, but `contentlint.yaml` (or one it inherits from)
        has an error, reported on that file. Until it is fixed, posts are checked with the last valid
        configuration, or, when there never was one, with what could be read (the defaults for a file
        that does not parse): confidential terms, NDA clients and embargoes may then go unchecked. The
        command line stops with exit code 2 instead.
        """) { IsConfigurable = false, French = new("La configuration d’une publication doit être lisible.", "La politique de contenu de « {config} » n’a pas pu être lue ; {fallback}") };
}
