using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about files that cannot be read or parsed (CL0001–CL0008, CL0014, CL0015).</summary>
public static class ParseRules
{
    /// <summary>CL0001: YAML that does not parse.</summary>
    public static RuleDescriptor InvalidYaml { get; } = new(
        "CL0001", "invalid-yaml", "The YAML of a calendar or front matter must parse.", RuleCategory.Engine, Severity.Error,
        "Invalid YAML: {problem}",
        """
        The file's YAML (a `*.posts.yaml` calendar, or the front matter of a Markdown post) could not
        be parsed, so none of its posts was checked. The position is where the YAML parser stopped;
        the mistake is often just before it: a missing space after `:`, a tab used for indentation,
        an unclosed quote, or a duplicate key.

        YAML that could take a parser down is refused the same way, at the offending alias, key or
        nesting: an alias inside the node it names (`a: &a [*a]`), aliases that expand to far more
        than the file holds (the "billion laughs"), nesting deeper than 64 levels, and a key that is a
        list or a map. Keys are compared by their text: `"a"` and `!!str a` are the same key.

        **Fix**: correct the YAML at the position shown. Strings that contain `: ` or start with a
        special character (`@`, `` ` ``, `*`, `&`, `!`, `%`, `#`) need quotes or a block scalar (`|`).
        """) { IsConfigurable = false, French = new("Le YAML d’un calendrier ou d’un en-tête (front matter) doit être valide.", "YAML invalide : {problem}") };

    /// <summary>CL0002: front matter opened but never closed.</summary>
    public static RuleDescriptor UnclosedFrontMatter { get; } = new(
        "CL0002", "unclosed-front-matter", "Front matter that opens with `---` must close with `---`.", RuleCategory.Engine, Severity.Error,
        "Front matter opened here is never closed: add a line holding only '---' after the last field",
        """
        A Markdown post starts with a `---` line, its YAML fields, then another `---` line; the body
        follows. Without the closing line the whole file would be read as YAML, so the post is not checked.

        ```markdown
        ---
        channel: linkedin
        ---
        Body of the post.
        ```
        """) { IsConfigurable = false, French = new("Un en-tête (front matter) ouvert par `---` doit être fermé par `---`.", "L’en-tête ouvert ici n’est jamais fermé : ajoutez une ligne ne contenant que « --- » après le dernier champ") };

    /// <summary>CL0003: bytes that are not valid UTF-8 or UTF-16, UTF-32, or text with an unpaired surrogate.</summary>
    public static RuleDescriptor InvalidEncoding { get; } = new(
        "CL0003", "invalid-encoding", "Content files must be valid UTF-8 (or UTF-16 with a byte-order mark).", RuleCategory.Engine, Severity.Error,
        "Invalid {encoding}: {problem}",
        """
        The file contains bytes that are not valid UTF-8, often because it was saved as Latin-1 or
        Windows-1252 (accented letters such as `é` become a single byte); or it is UTF-16 with an
        unpaired surrogate (half of an emoji) or an odd number of bytes; or it is UTF-32. Text that
        an editor holds with an unpaired surrogate is reported the same way. Platforms expect UTF-8; the
        post is not checked, and `--fix` never rewrites such a file.

        **Fix**: re-save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8).
        """) { IsConfigurable = false, French = new("Les fichiers de contenu doivent être en UTF-8 valide (ou en UTF-16 avec une marque d’ordre des octets).", "{encoding} invalide : {problem}") };

    /// <summary>CL0004: a binary file among content files.</summary>
    public static RuleDescriptor BinaryFile { get; } = new(
        "CL0004", "binary-file", "Content files must be text.", RuleCategory.Engine, Severity.Error,
        "This looks like a binary file (it contains NUL bytes), not a post",
        """
        A file matched the content globs but contains NUL bytes, so it is not text (an image or an
        archive renamed `.md`, or a UTF-16 file without a byte-order mark). It is not checked.

        **Fix**: move it out of the content folders, exclude it in `contentlint.yaml` (`exclude:`), or
        re-save it as UTF-8.
        """) { IsConfigurable = false, French = new("Les fichiers de contenu doivent être du texte.", "Ce fichier semble binaire (il contient des octets NUL) : ce n’est pas une publication") };

    /// <summary>CL0005: a file over the size limit.</summary>
    public static RuleDescriptor FileTooLarge { get; } = new(
        "CL0005", "file-too-large", "Content files must stay under the configured size limit.", RuleCategory.Engine, Severity.Error,
        "File is {size} bytes, over the {limit}-byte limit: not checked (raise 'maxFileSize' in contentlint.yaml if this is intended)",
        """
        A social-media post is a few kilobytes; a calendar a few hundred. A much larger file is almost
        always a mistake (a generated export, a log), and reading it would cost memory and time, so it
        is skipped without being read. The limit is `maxFileSize` in `contentlint.yaml` (bytes,
        default 10 MB).
        """) { IsConfigurable = false, French = new("Les fichiers de contenu doivent rester sous la taille maximale configurée.", "Le fichier fait {size} octets, au-delà de la limite de {limit} octets : non vérifié (augmentez « maxFileSize » dans contentlint.yaml si c’est voulu)") };

    /// <summary>CL0006: an empty file.</summary>
    public static RuleDescriptor EmptyFile { get; } = new(
        "CL0006", "empty-file", "Content files must not be empty.", RuleCategory.Engine, Severity.Error,
        "The file is empty: there is nothing to check",
        """
        A content file with no characters (or only white space) holds no post. It is usually a draft
        created and forgotten, or a file truncated by a failed write.

        **Fix**: write the post, or delete the file.
        """) { French = new("Les fichiers de contenu ne doivent pas être vides.", "Le fichier est vide : il n’y a rien à vérifier") };

    /// <summary>CL0007: a post with no text.</summary>
    public static RuleDescriptor MissingText { get; } = new(
        "CL0007", "missing-text", "Every post must have text.", RuleCategory.Engine, Severity.Error,
        "Post '{post}' has no text{hint}",
        """
        A Markdown post needs a body after its front matter; a calendar entry needs `text:` (one
        string) or `thread:` (a list of strings). An empty post cannot be published.

        ```yaml
        posts:
          - id: launch
            channel: x
            text: Our new app is out!
        ```
        """) { French = new("Chaque publication doit avoir un texte.", "La publication « {post} » n’a pas de texte{hint}") };

    /// <summary>CL0008: a file or folder to check that cannot be read (missing, permission denied).</summary>
    public static RuleDescriptor UnreadablePath { get; } = new(
        "CL0008", "unreadable-path", "Paths to check must exist and be readable.", RuleCategory.Engine, Severity.Error,
        "Cannot read '{path}': {reason}",
        """
        A file or folder to check could not be read: it vanished, or permission was denied on it (a
        folder met while walking the tree, or a file). Nothing in it was checked, so it is reported
        rather than skipped; the other paths are still checked. On the command line, a path that does
        not exist is a usage error (exit code 2).
        """) { IsConfigurable = false, French = new("Les chemins à vérifier doivent exister et être lisibles.", "Impossible de lire « {path} » : {reason}") };

    /// <summary>CL0014: a file whose extension is not a content format.</summary>
    public static RuleDescriptor UnsupportedFile { get; } = new(
        "CL0014", "unsupported-file", "Files named explicitly must be Markdown posts or YAML calendars.", RuleCategory.Engine, Severity.Warning,
        "'{path}' is not a content file (expected .md, .posts.yaml or .posts.yml): not checked",
        """
        ContentLint reads Markdown posts (`.md`) and YAML calendars (`*.posts.yaml`, `*.posts.yml`).
        A file named explicitly with another extension is reported and skipped; folders are scanned
        with the `content` globs of `contentlint.yaml`.
        """) { French = new("Les fichiers nommés explicitement doivent être des publications Markdown ou des calendriers YAML.", "« {path} » n’est pas un fichier de contenu (attendu : .md, .posts.yaml ou .posts.yml) : non vérifié") };

    /// <summary>CL0015: Markdown nested deeper than it can be read.</summary>
    public static RuleDescriptor MarkdownTooDeep { get; } = new(
        "CL0015", "markdown-too-deep", "Markdown must not nest deeper than it can be read.", RuleCategory.Engine, Severity.Error,
        "Markdown nested too deeply here (over 128 block quotes or lists, or thousands of unclosed '[' or emphasis markers): the post is checked as plain text",
        """
        A post body nests block quotes (`>>>>…`), lists or inline markers (`[[[[…`, `*_*_…`) deeper than
        the Markdown reader accepts. No platform shows such a post as intended, and reading it would take
        unbounded time and stack. The rules still read the body, as typed (Markdown syntax included),
        so confidential terms and personal data are still reported; counts include the markers.

        **Fix**: remove the nesting at the position shown.
        """) { IsConfigurable = false, French = new("Le Markdown ne doit pas s’imbriquer plus profondément qu’il ne peut être lu.", "Markdown imbriqué trop profondément ici (plus de 128 citations ou listes, ou des milliers de « [ » ou de marques d’emphase non fermés) : la publication est vérifiée comme du texte brut") };
}
