using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Diagnostics;

/// <summary>A finding as reported to users: rule, effective severity, message, file and exact position.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Severity">Effective severity after configuration.</param>
/// <param name="Message">The message.</param>
/// <param name="Path">File path as given to the linter (the CLI makes it relative to the working directory).</param>
/// <param name="Span">Source span, UTF-16 offsets.</param>
/// <param name="Position">0-based line/character range of <paramref name="Span"/>.</param>
/// <param name="Fixes">Fixes offered.</param>
/// <param name="PostId">The post concerned, when there is one.</param>
public sealed record Finding(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    string Path,
    TextSpan Span,
    LinePositionSpan Position,
    ImmutableArray<CodeFix> Fixes,
    string? PostId)
{
    /// <summary>Shortcut for <see cref="RuleDescriptor.Id"/>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The placeholder values of the message (see <see cref="Diagnostic.MessageArguments"/>); null for a message of its own.</summary>
    public ImmutableArray<(string Name, object? Value)>? MessageArguments { get; init; }

    /// <summary>The message in <paramref name="locale"/> (a code of <see cref="MessageLocale.Supported"/>); <see cref="Message"/> in English.</summary>
    public string MessageIn(string locale) => LocalizedMessage.Format(Rule, Message, MessageArguments, locale);
}
