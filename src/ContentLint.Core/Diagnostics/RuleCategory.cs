using ContentLint.Core.Documents;

namespace ContentLint.Core.Diagnostics;

/// <summary>A family of rules, owning a range of IDs (<c>CL0xxx</c> engine … <c>CL5xxx</c> typography).</summary>
public sealed record RuleCategory
{
    private RuleCategory(string name, string title, int idDigit, CodeReading code = CodeReading.OutOfScope)
    {
        Name = name;
        Title = title;
        IdDigit = idDigit;
        Code = code;
    }

    /// <summary>Parse, configuration, suppression and rule-execution errors: CL0xxx.</summary>
    public static RuleCategory Engine { get; } = new("engine", "Engine", 0);

    /// <summary>Channel lengths and limits: CL1xxx.</summary>
    public static RuleCategory Channels { get; } = new("channels", "Channels", 1);

    /// <summary>Confidentiality leaks: CL2xxx.</summary>
    public static RuleCategory Confidentiality { get; } = new("confidentiality", "Confidentiality", 2, CodeReading.Text);

    /// <summary>Persona and message type: CL3xxx.</summary>
    public static RuleCategory Persona { get; } = new("persona", "Persona & message type", 3);

    /// <summary>Brand voice: CL4xxx.</summary>
    public static RuleCategory BrandVoice { get; } = new("brand-voice", "Brand voice", 4);

    /// <summary>Locale typography: CL5xxx.</summary>
    public static RuleCategory Typography { get; } = new("typography", "Locale typography", 5);

    /// <summary>Rules of users' own packs, with their own ID prefix.</summary>
    public static RuleCategory Custom { get; } = new("custom", "Custom", -1);

    /// <summary>Every category, engine first.</summary>
    public static IReadOnlyList<RuleCategory> All { get; } = [Engine, Channels, Confidentiality, Persona, BrandVoice, Typography, Custom];

    /// <summary>Kebab-case name used in configuration (<c>severity: {confidentiality: error}</c>) and folders.</summary>
    public string Name { get; }

    /// <summary>Human title.</summary>
    public string Title { get; }

    /// <summary>
    /// How the family's rules read Markdown code: confidentiality reads it as text (platforms publish
    /// backticks as plain characters, so a leak in a code span is published); the others leave it out.
    /// </summary>
    public CodeReading Code { get; }

    /// <summary>The thousands digit of built-in IDs in this category, or -1 for custom rules.</summary>
    public int IdDigit { get; }

    /// <summary>True when <paramref name="id"/> lies in this category's range.</summary>
    public bool Owns(string id) =>
        IdDigit < 0
            ? !id.StartsWith("CL", StringComparison.Ordinal)
            : id.Length == 6 && id.StartsWith("CL", StringComparison.Ordinal) && id[2] == (char)('0' + IdDigit) && id.Skip(2).All(char.IsAsciiDigit);

    /// <summary>Finds a category by its <see cref="Name"/> (case-insensitive).</summary>
    public static RuleCategory? FromName(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => Name;
}
