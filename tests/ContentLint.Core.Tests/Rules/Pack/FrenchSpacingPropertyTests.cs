using ContentLint.Core.Tests.TestSupport;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Rules.Pack;

/// <summary>Whatever the text, the French spacing fixes only change spaces, and leave nothing to fix.</summary>
public sealed class FrenchSpacingPropertyTests
{
    private const string Alphabet = "ab1 !?:;«»%€\u00A0\u202F.)";

    [Property(MaxTest = 200)]
    public bool Fixes_only_touch_spaces_and_are_complete(int[] codes)
    {
        var body = new string([.. (codes ?? []).Take(40).Select(c => Alphabet[(int)((uint)c % Alphabet.Length)])]);
        var source = $"---\nchannel: linkedin\nlang: fr\n---\nx{body}\n";
        foreach (var id in new[] { "CL5001", "CL5002", "CL5003" })
        {
            var (text, left) = PackRun.Fix(id, "a.md", source);
            if (left.Count > 0 || WithoutSpaces(text) != WithoutSpaces(source))
            {
                return false;
            }
        }

        return true;
    }

    private static string WithoutSpaces(string text) => new([.. text.Where(c => c is not (' ' or '\u00A0' or '\u202F'))]);
}
