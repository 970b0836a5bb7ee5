using System.Globalization;
using System.Net;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>
/// Escaping for the HTML report: every piece of text from posts, paths, rules or configuration goes
/// through <see cref="Text"/>, so a post holding <c>&lt;script&gt;</c> shows those characters and never
/// becomes markup; control and bidi characters are shown as escapes (<see cref="XmlSafeText"/>).
/// </summary>
internal static class Html
{
    /// <summary><paramref name="text"/> as HTML text or attribute value (quotes escaped too).</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(XmlSafeText.Of(text));

    /// <summary>An anchor id made of ASCII letters, digits and dashes only.</summary>
    public static string Id(string prefix, string name) =>
        prefix + "-" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "-"));

    /// <summary>An invariant number for SVG coordinates.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An invariant integer.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage (<c>40 %</c>).</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "\u00A0%";
}
