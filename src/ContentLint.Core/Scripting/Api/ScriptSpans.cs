using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api;

/// <summary>Checks the spans scripts report, so that a wrong offset fails in the script (CL0030) rather than in a formatter.</summary>
internal static class ScriptSpans
{
    public static void CheckText(MappedText text, TextSpan span, string name)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Text.Length)
        {
            throw new ArgumentOutOfRangeException(name, $"The span {span} is outside the text (length {text.Text.Length}).");
        }
    }

    public static void CheckSource(PostDocument document, TextSpan span, string name)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > document.Source.Text.Length)
        {
            throw new ArgumentOutOfRangeException(name, $"The span {span} is outside the file (length {document.Source.Text.Length}).");
        }
    }
}
