using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Each YAML node with the source offset of what introduces it: a mapping value is introduced by its
/// key, a sequence item by its dash, a key by itself. A <c>disable-next-line</c> comment covers the
/// nodes introduced on the next line — not a collection that merely starts there because its first
/// entry does (<c>posts:</c> whose first <c>- id:</c> is on that line), nor a document's root.
/// </summary>
internal static class YamlLineOwners
{
    /// <summary>Every non-root node of <paramref name="stream"/> with the offset that introduces it.</summary>
    public static List<(YamlNode Node, int IntroducedAt)> Of(YamlStream stream, string source)
    {
        var result = new List<(YamlNode, int)>();
        foreach (var document in stream.Documents)
        {
            AddChildren(document.RootNode, source, result);
        }

        return result;
    }

    private static void AddChildren(YamlNode parent, string source, List<(YamlNode, int)> result)
    {
        switch (parent)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Add(key, key.GetSpan().Start, source, result);
                    Add(value, key.GetSpan().Start, source, result);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Add(item, DashBefore(item.GetSpan().Start, source), source, result);
                }

                break;
        }
    }

    private static void Add(YamlNode node, int introducedAt, string source, List<(YamlNode, int)> result)
    {
        result.Add((node, introducedAt));
        AddChildren(node, source, result);
    }

    /// <summary>The block-sequence dash before an item (<c>-</c> alone on the line above it), else the item's start.</summary>
    private static int DashBefore(int itemStart, string source)
    {
        var at = itemStart - 1;
        while (at >= 0 && source[at] is ' ' or '\t' or '\r' or '\n')
        {
            at--;
        }

        return at >= 0 && source[at] == '-' ? at : itemStart;
    }
}
