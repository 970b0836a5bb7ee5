using System.CommandLine;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli;

/// <summary>Options that accept a fixed set of values, rejected in one line with a did-you-mean.</summary>
internal static class OptionValues
{
    /// <summary>Restricts <paramref name="option"/> to <paramref name="values"/> (and offers them for completion).</summary>
    public static void AcceptOnly(Option<string> option, IReadOnlyList<string> values)
    {
        option.CompletionSources.Add([.. values]);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.Closest(value, values));
                result.AddError($"invalid {option.Name} '{Printable.Escape(value)}'{suggestion} (one of: {string.Join(", ", values)})");
            }
        });
    }
}
