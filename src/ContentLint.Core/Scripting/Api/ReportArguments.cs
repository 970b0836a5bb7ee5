using System.Globalization;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// The message arguments of a script's report, turned into text when the script reports (inside its
/// budget), exactly as the message formatting would (invariant culture): a value whose <c>ToString()</c>
/// is script code that loops is stopped by the budget instead of hanging the formatting afterwards.
/// A <see cref="LocalizedString"/> stays a value: its language is chosen at output.
/// </summary>
internal static class ReportArguments
{
    public static (string Name, object? Value)[] Freeze((string Name, object? Value)[] args)
    {
        var frozen = new (string Name, object? Value)[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i];
            frozen[i] = (name, value is null or LocalizedString ? value : Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return frozen;
    }
}
