using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Diagnostics;

/// <summary>
/// What a parser or a rule reports, in source coordinates, before configuration decides its
/// severity and suppressions apply. The engine turns it into a <see cref="Finding"/>.
/// </summary>
/// <param name="Rule">The rule that reports.</param>
/// <param name="Span">Source span the finding points at.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Fixes">Fixes offered, possibly none.</param>
/// <param name="PostId">The post concerned, when there is one.</param>
public sealed record Diagnostic(RuleDescriptor Rule, TextSpan Span, string Message, ImmutableArray<CodeFix> Fixes, string? PostId = null)
{
    /// <summary>Creates a diagnostic with the rule's message format filled from <paramref name="args"/>.</summary>
    public static Diagnostic Create(RuleDescriptor rule, TextSpan span, params (string Name, object? Value)[] args) =>
        new(rule, span, rule.FormatMessage(args), []) { MessageArguments = [.. args] };

    /// <summary>
    /// The placeholder values <see cref="Message"/> was formatted from, so a front end can format it
    /// again in another language; null for a message of its own (a script's <c>Report(span, message)</c>).
    /// </summary>
    public ImmutableArray<(string Name, object? Value)>? MessageArguments { get; init; }

    /// <summary>The message in <paramref name="locale"/>: the rule's translation filled with the same values; a message of its own as given.</summary>
    public string MessageIn(string locale) => LocalizedMessage.Format(Rule, Message, MessageArguments, locale);

    /// <summary>This diagnostic with one more fix.</summary>
    public Diagnostic WithFix(CodeFix? fix) => fix is null ? this : this with { Fixes = Fixes.Add(fix) };
}
