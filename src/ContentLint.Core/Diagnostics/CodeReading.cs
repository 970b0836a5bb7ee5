namespace ContentLint.Core.Diagnostics;

/// <summary>How a family of rules reads Markdown code spans and blocks.</summary>
public enum CodeReading
{
    /// <summary>Code is out of scope: the rule judges prose (brand voice, typography).</summary>
    OutOfScope,

    /// <summary>
    /// Code is text: social platforms publish backticks as plain characters, so whatever a code span
    /// or block holds is published (confidentiality).
    /// </summary>
    Text,
}
