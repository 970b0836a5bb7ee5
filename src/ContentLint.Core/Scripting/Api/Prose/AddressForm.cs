using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>One place where a French text addresses the reader as <c>tu</c> or <c>vous</c>.</summary>
/// <param name="Span">The word (with its apostrophe for <c>t'</c>).</param>
/// <param name="Form"><c>tu</c> or <c>vous</c>.</param>
/// <param name="Word">The word as written.</param>
public readonly record struct AddressForm(TextSpan Span, string Form, string Word)
{
    /// <summary>The familiar form.</summary>
    public const string Tu = "tu";

    /// <summary>The polite (or plural) form.</summary>
    public const string Vous = "vous";

    /// <summary>The other form.</summary>
    public static string Other(string form) => form == Tu ? Vous : Tu;
}
