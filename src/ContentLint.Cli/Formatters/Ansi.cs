using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Formatters;

/// <summary>ANSI colours for terminals; plain text when disabled (redirected output, <c>NO_COLOR</c>, CI logs).</summary>
internal sealed class Ansi(bool enabled)
{
    public string Severity(Severity severity) => Colour(severity, severity.ToName());

    public string Colour(Severity severity, string text) => severity switch
    {
        Core.Diagnostics.Severity.Error => Wrap("1;31", text),
        Core.Diagnostics.Severity.Warning => Wrap("1;33", text),
        Core.Diagnostics.Severity.Info => Wrap("36", text),
        _ => Wrap("2", text),
    };

    public string Dim(string text) => Wrap("2", text);

    public string Green(string text) => Wrap("32", text);

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
