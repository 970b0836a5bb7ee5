using System.CommandLine;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint init</c>: writes a commented starter <c>contentlint.yaml</c> in the current folder.</summary>
public static class InitCommand
{
    /// <summary>
    /// The starter configuration (Templates/contentlint.yaml, embedded): every section, commented, with
    /// the defaults. The VS Code extension's "Create Config" ships the same file.
    /// </summary>
    public static string Template { get; } = ReadTemplate();

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

    private static string ReadTemplate()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("ContentLint.Cli.Templates.contentlint.yaml")
            ?? throw new InvalidOperationException("The starter configuration is missing from the build (Templates/contentlint.yaml).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").TrimEnd('\n');
    }
}
