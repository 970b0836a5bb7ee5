using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint init</c>: writes a commented starter <c>contentlint.yaml</c> in the current folder.</summary>
public static class InitCommand
{
    /// <summary>The starter configuration: every section, commented, with the defaults.</summary>
    public const string Template = """
        # ContentLint configuration. Every key is optional; the JSON schema (schema/contentlint.schema.json in
        # the ContentLint repository) gives completion in editors. `contentlint rules list` shows the rules.

        # Files checked when a folder is checked (globs relative to this file).
        content: ["**/*.md", "**/*.posts.yaml", "**/*.posts.yml"]
        # exclude: ["drafts/archive/**"]

        # Extra front-matter fields your writers use (not reported as unknown).
        fields: []

        # Severity per rule ID (CL2001), rule name (confidential-term) or category
        # (engine, channels, confidentiality, persona, brand-voice, typography): error | warning | info | hint | off.
        severity: {}

        # Severities for some paths; later entries win.
        # overrides:
        #   - files: ["archive/**"]
        #     severity: {channels: off}

        # Channel limits (X Premium, your Mastodon instance) and your own channels.
        # channels:
        #   x: {limit: 25000}
        #   mastodon: {limit: 1000, threadNumbering: true}

        # Who speaks: kinds brand | support | employee | ambassador | influencer | partner.
        # personas:
        #   brand:   {kind: brand, types: [promo, dialogue], address: vous}
        #   careers: {kind: employee, types: [dialogue], channels: [linkedin]}
        # require: {persona: true, type: true}

        # What must not leak.
        # confidential:
        #   terms: [Aurora]        # codenames, unannounced products
        #   clients: [Globex]      # clients under NDA
        # embargoes:
        #   - {term: "Série B", until: 2026-12-15T09:00:00+01:00}
        # pii:
        #   allow: ["contact@example.com"]
        # internalHosts: ["*.corp.example.com"]

        # Preferred wording per language (wrong: right).
        # terminology:
        #   fr: {e-mail: courriel}

        # Your own rules: folders of declarative (.yaml) and script (.csx) rules.
        # rules: [rules]
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing contentlint.yaml." };
        var command = new Command("init", "Write a commented starter contentlint.yaml in the current folder.") { force };
        command.SetAction(parseResult =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), "contentlint.yaml");
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                console.Error.WriteLine("contentlint: error: contentlint.yaml already exists here (use --force to overwrite it).");
                return ExitCodes.UsageOrConfigError;
            }

            if (Directory.Exists(path))
            {
                throw new CommandFailedException($"cannot write '{Printable.Escape(path)}': it is a folder");
            }

            try
            {
                File.WriteAllText(path, Template.ReplaceLineEndings("\n") + "\n", new System.Text.UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var reason = ex is UnauthorizedAccessException ? "permission denied" : Printable.Escape(ex.Message);
                throw new CommandFailedException($"cannot write '{Printable.Escape(path)}': {reason}", ex);
            }
            console.Out.WriteLine("Wrote contentlint.yaml. Next: contentlint check");
            return ExitCodes.Success;
        });
        return command;
    }
}
