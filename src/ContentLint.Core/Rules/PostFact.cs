using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules;

/// <summary>
/// What a cross-post rule keeps of one post: a few named values and the place to report at. Small and
/// serializable, so a run keeps facts instead of posts, shards write them out and a cache stores them.
/// </summary>
/// <param name="Rule">ID of the rule that kept it.</param>
/// <param name="File">The file's path as the run displays it.</param>
/// <param name="PostId">The post's ID.</param>
/// <param name="At">Where a finding about this post goes (UTF-16 offsets in the file).</param>
/// <param name="Position">The line and column range of <paramref name="At"/>, for reports made without the file.</param>
/// <param name="Values">The named values, in the order kept (absent values are not stored).</param>
public sealed record PostFact(string Rule, string File, string PostId, TextSpan At, LinePositionSpan Position, ImmutableArray<KeyValuePair<string, string>> Values)
{
    /// <summary>The value named <paramref name="name"/> as kept, or null when it was absent.</summary>
    public string? Text(string name)
    {
        foreach (var value in Values)
        {
            if (value.Key == name)
            {
                return value.Value;
            }
        }

        return null;
    }

    /// <summary>True when the value named <paramref name="name"/> was kept as <c>true</c>.</summary>
    public bool Flag(string name) => Text(name) == "true";

    /// <summary>The date kept as <paramref name="name"/>, or null.</summary>
    public DateTimeOffset? Date(string name) =>
        Text(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;

    /// <summary>The whole number kept as <paramref name="name"/>, or null.</summary>
    public long? Number(string name) => Text(name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>The values of a fact: null is left out, dates keep their offset, numbers and flags are written invariantly.</summary>
    internal static ImmutableArray<KeyValuePair<string, string>> Encode((string Name, object? Value)[] values)
    {
        var encoded = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(values.Length);
        foreach (var (name, value) in values)
        {
            string? text = value switch
            {
                null => null,
                bool flag => flag ? "true" : "false",
                DateTimeOffset date => date.ToString("O", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (text is not null)
            {
                // Names and short values (personas, channels, weeks) repeat across posts: one copy each.
                encoded.Add(new(string.Intern(name), text.Length <= 32 ? string.Intern(text) : text));
            }
        }

        return encoded.DrainToImmutable();
    }
}
