using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The message arguments of a script's report, turned into text when the script reports (inside its
/// budget), exactly as the message formatting would (invariant culture): a value whose <c>ToString()</c>
/// is script code that loops is stopped by the budget instead of hanging the formatting afterwards.
/// A <see cref="LocalizedString"/> stays a value: its language is chosen at output.
/// </summary>
/// <remarks>
/// Under a budget (a script rule, not the shipped pack), what a report hands to the engine is charged to
/// it: its text counts as allocated (one string reported a thousand times is a thousand copies on the
/// way to the parent process and in its output), and a post gets at most <see cref="MaxReportsPerPost"/>
/// reports. Without this, a rule could send its whole allocation budget to the parent on every post, and
/// the parent keeps them all.
/// </remarks>
internal static class ReportArguments
{
    /// <summary>How many findings a script rule may report on one post (a run-level rule: per post checked).</summary>
    public const int MaxReportsPerPost = 1000;

    public static (string Name, object? Value)[] Freeze((string Name, object? Value)[] args, string? message = null, TextReplacement? textFix = null, CodeFix? sourceFix = null)
    {
        var frozen = new (string Name, object? Value)[args.Length];
        long chars = (message?.Length ?? 0) + (textFix?.NewText.Length ?? 0) + (textFix?.Title.Length ?? 0) + (sourceFix?.Title.Length ?? 0);
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i];
            var text = value is null or LocalizedString ? value : Convert.ToString(value, CultureInfo.InvariantCulture);
            chars += (name?.Length ?? 0) + ((text as string)?.Length ?? 0);
            frozen[i] = (name!, text);
        }

        foreach (var edit in sourceFix?.Edits ?? [])
        {
            chars += edit.NewText.Length;
        }

        ScriptRuntime.Current?.ChargeReport(chars * sizeof(char), MaxReportsPerPost);
        return frozen;
    }
}
