using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// French social security numbers, unseparated or with a space, dot or dash
/// between their parts (<c>1 85 05 78 006 084 36</c>), validated by their key (Corsica's <c>2A</c>/<c>2B</c>
/// included).
/// </summary>
internal static partial class NirReadings
{
    /// <summary>Sex, month and department fields plus a mod-97 key: more specific than a Luhn digit.</summary>
    private const int Score = 90;

    /// <summary>Every valid NIR of <paramref name="text"/>.</summary>
    public static IEnumerable<NumberReading> Read(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var compact = string.Concat(Enumerable.Range(1, 7).Select(g => match.Groups[g].Value));
            if (Nir.IsValid(compact))
            {
                var found = new IdentifierMatch(NumberIdentity.Nir, new TextSpan(match.Index, match.Length), compact.ToUpperInvariant(), match.Value);
                yield return new NumberReading(NumberIdentity.Nir, Score, found);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,\-])([12])[ .\-]?(\d\d)[ .\-]?(\d\d)[ .\-]?(\d\d|2[ABab])[ .\-]?(\d{3})[ .\-]?(\d{3})[ .\-]?(\d\d)(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
