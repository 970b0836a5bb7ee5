using System.Collections.Immutable;
using System.Text;

namespace ContentLint.Core.Scripting.Options;

/// <summary>
/// The options section of a script rule's documentation, generated from its declarations so the
/// header stays the only source of names, types, defaults and ranges (<c>rules explain</c>, hovers
/// and SARIF help all show it).
/// </summary>
public static class OptionsTable
{
    /// <summary>The Markdown heading that starts the generated section.</summary>
    public const string Heading = "**Options** (in the rule's header; copy the rule with `contentlint rules eject` to change them):";

    /// <summary><paramref name="docs"/> followed by the options table, or <paramref name="docs"/> alone when there are no options.</summary>
    public static string AppendTo(string docs, ImmutableArray<OptionDeclaration> options)
    {
        if (options.IsEmpty)
        {
            return docs;
        }

        var table = new StringBuilder(docs.TrimEnd()).Append("\n\n").Append(Heading).Append("\n\n")
            .Append("| option | type | default | allowed | what it changes |\n|---|---|---|---|---|\n");
        foreach (var option in options)
        {
            table.Append("| `").Append(option.Name).Append("` | ").Append(option.TypeName).Append(" | `")
                .Append(OptionValues.Format(option.Default)).Append("` | ").Append(option.RangeText).Append(" | ")
                .Append(option.Doc.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return table.ToString();
    }
}
