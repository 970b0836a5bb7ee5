using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about post fields (CL0009, CL0010, CL0013).</summary>
public static class FieldRules
{
    /// <summary>CL0009: a field the post format does not define.</summary>
    public static RuleDescriptor UnknownField { get; } = new(
        "CL0009", "unknown-field", "Post fields must be known or declared in configuration.", RuleCategory.Engine, Severity.Error,
        "Unknown field '{field}'{suggestion}",
        """
        A post's front matter or calendar entry has a field ContentLint does not know. It is often a
        typo (`chanel:`, `publsh_at:`), and a misspelt field is silently ignored by publishing tools:
        the post would go out without its date or persona. It is an error by default; lower it in
        `contentlint.yaml` (`severity: {unknown-field: warning}`) if your files carry free-form fields.

        Known fields: `channel`, `channels`, `persona`, `type`, `lang`, `publish_at`, `thread`, `title`, `alt`, `content_warning`,
        `variants`, `id` and `text` (calendars), `contentlint`. Declare your own fields (e.g. `campaign`,
        `author`) under `fields:` in `contentlint.yaml` to accept them.

        **Fix**: the quick fix renames the field to the suggested one.
        """) { French = new("Les champs d’une publication doivent être connus ou déclarés dans la configuration.", "Champ inconnu « {field} »{suggestion}") };

    /// <summary>CL0010: a known field with a value of the wrong kind.</summary>
    public static RuleDescriptor InvalidFieldValue { get; } = new(
        "CL0010", "invalid-field-value", "Post fields must have valid values.", RuleCategory.Engine, Severity.Error,
        "Invalid value for '{field}': {problem}",
        """
        A known field has a value of the wrong kind: `type` must be `promo` or `dialogue`, `publish_at`
        an ISO 8601 date or date-time (`2026-12-01` or `2026-12-01T09:00:00+01:00`), `lang` a language
        tag (`fr`, `en-GB`), `thread` `true`/`false` in Markdown or a list of strings in a calendar,
        `channels` a list.
        """) { French = new("Les champs d’une publication doivent avoir des valeurs valides.", "Valeur invalide pour « {field} » : {problem}") };

    /// <summary>CL0013: a post with no channel.</summary>
    public static RuleDescriptor MissingChannel { get; } = new(
        "CL0013", "missing-channel", "Every post must name its channel.", RuleCategory.Engine, Severity.Error,
        "Post '{post}' has no channel: add 'channel: NAME' or 'channels: [..]'",
        """
        Limits, folds and many rules depend on the channel. A calendar entry inherits `channel` from
        `defaults:`; a Markdown post must declare it in its front matter (a Markdown file without any
        channel field is not a post and is skipped, unless one of its fields looks like a misspelt
        `channel`).
        """) { French = new("Chaque publication doit indiquer son canal.", "La publication « {post} » n’a pas de canal : ajoutez « channel: NOM » ou « channels: [..] »") };
}
