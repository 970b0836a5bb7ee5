using System.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Diagnostics;

/// <summary>
/// Everything known about a rule without running it: the single source for messages,
/// <c>rules list</c>, <c>rules explain</c>, SARIF <c>rules[]</c> and editor hovers.
/// </summary>
public sealed partial record RuleDescriptor
{
    /// <summary>Where rule documentation is published; the ID is appended.</summary>
    public const string HelpBaseUri = "https://contentlint.dev/rules/";

    /// <summary>Declares a rule.</summary>
    /// <param name="id">ID such as <c>CL0001</c>.</param>
    /// <param name="name">Kebab-case name such as <c>invalid-yaml</c>.</param>
    /// <param name="title">One sentence, capitalised, ending with a period.</param>
    /// <param name="category">Family; the ID must lie in its range.</param>
    /// <param name="defaultSeverity">Severity without configuration.</param>
    /// <param name="messageFormat">Message with named placeholders such as <c>{field}</c>.</param>
    /// <param name="description">Markdown documentation: why, how to fix, examples.</param>
    public RuleDescriptor(string id, string name, string title, RuleCategory category, Severity defaultSeverity, string messageFormat, string description)
    {
        Id = id;
        Name = name;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        MessageFormat = messageFormat;
        Description = description;
    }

    /// <summary>ID such as <c>CL0001</c>.</summary>
    public string Id { get; }

    /// <summary>Kebab-case name, accepted wherever the ID is.</summary>
    public string Name { get; }

    /// <summary>One-sentence title.</summary>
    public string Title { get; }

    /// <summary>Family of the rule.</summary>
    public RuleCategory Category { get; }

    /// <summary>Severity when configuration says nothing.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Message with named placeholders.</summary>
    public string MessageFormat { get; }

    /// <summary>Markdown documentation.</summary>
    public string Description { get; }

    /// <summary>
    /// False for errors that configuration cannot lower or turn off (a file that cannot be parsed
    /// cannot be checked), like Roslyn's NotConfigurable diagnostics.
    /// </summary>
    public bool IsConfigurable { get; init; } = true;

    /// <summary>Link to the rule's documentation.</summary>
    public Uri HelpUri => new(HelpBaseUri + Id);

    /// <summary>Fills the <c>{name}</c> placeholders of <see cref="MessageFormat"/>; unknown names stay as written.</summary>
    public string FormatMessage(params (string Name, object? Value)[] args) => Fill(MessageFormat, MessageLocale.English, args);

    /// <summary>The names of the placeholders in <see cref="MessageFormat"/>.</summary>
    public IEnumerable<string> PlaceholderNames => PlaceholdersOf(MessageFormat);

    /// <summary>The distinct names of the <c>{name}</c> placeholders in <paramref name="format"/>, in order.</summary>
    public static IEnumerable<string> PlaceholdersOf(string format) =>
        PlaceholderPattern().Matches(format).Select(m => m.Groups[1].Value).Distinct();

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name})";

    /// <summary>Descriptors are identified by ID.</summary>
    public bool Equals(RuleDescriptor? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}")]
    private static partial Regex PlaceholderPattern();
}
