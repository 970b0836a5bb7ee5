using System.Collections.Frozen;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// The word lists of the prose rules, embedded from <c>Scripting/Api/Prose/Data/*.txt</c>: words separated
/// by spaces or line breaks, <c>#</c> starting a comment line.
/// </summary>
public static class ProseData
{
    /// <summary>The words of the embedded list <paramref name="fileName"/> (e.g. <c>acronyms-en.txt</c>), in file order.</summary>
    public static IReadOnlyList<string> Words(string fileName)
    {
        var resource = $"ContentLint.Core.Scripting.Api.Prose.Data.{fileName}";
        using var stream = typeof(ProseData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.TrimStart().StartsWith('#'))
            {
                words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return words;
    }

    /// <summary>The words of several embedded lists as one set (case-sensitive).</summary>
    public static FrozenSet<string> Set(params string[] fileNames) =>
        fileNames.SelectMany(Words).ToFrozenSet(StringComparer.Ordinal);
}
