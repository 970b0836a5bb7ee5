using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Policy;

/// <summary>Reads <c>personas:</c>.</summary>
internal static class PersonaReader
{
    public static readonly string[] Kinds = ["brand", "support", "employee", "ambassador", "influencer", "partner"];
    private static readonly string[] Keys = ["kind", "types", "channels", "address", "bannedWords", "minReadability", "maxSentenceWords", "tone"];

    public static ImmutableDictionary<string, PersonaSettings> Read(ConfigReader reader, YamlNode node)
    {
        var result = ImmutableDictionary.CreateBuilder<string, PersonaSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var (nameNode, value) in reader.ReadMap("personas", node)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var name = (nameNode.AsScalarValue() ?? string.Empty).Trim();
            var persona = new PersonaSettings { Name = name, NameSpan = nameNode.GetSpan() };
            foreach (var (keyNode, setting) in reader.ReadMap($"personas.{name}", value)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var key = keyNode.AsScalarValue() ?? string.Empty;
                var path = $"personas.{name}.{key}";
                persona = key switch
                {
                    "kind" => persona with { Kind = OneOf(reader, path, setting, Kinds) ?? persona.Kind },
                    "types" => persona with { Types = ReadTypes(reader, path, setting) },
                    "channels" => persona with { Channels = reader.ReadStringList(path, setting) ?? [] },
                    "address" => persona with { Address = OneOf(reader, path, setting, ["tu", "vous"]) },
                    "bannedWords" => persona with { BannedWords = reader.ReadStringList(path, setting) ?? [] },
                    "minReadability" => persona with { MinReadability = reader.ReadDouble(path, setting, 0, 120) },
                    "maxSentenceWords" => persona with { MaxSentenceWords = reader.ReadInt(path, setting, 1) },
                    "tone" => persona with { Tone = reader.ReadString(path, setting) },
                    _ => Unknown(reader, keyNode, path, key, persona),
                };
            }

            result[name] = persona;
        }

        return result.ToImmutable();
    }

    internal static string? OneOf(ConfigReader reader, string path, YamlNode node, IReadOnlyList<string> allowed)
    {
        var value = node.AsScalarValue()?.Trim();
        if (value is not null && allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return value.ToLowerInvariant();
        }

        reader.ReportInvalid(path, node, $"expected one of {string.Join(", ", allowed)}, found '{value}'{Suggestions.DidYouMean(Suggestions.Closest(value ?? string.Empty, allowed))}");
        return null;
    }

    private static ImmutableArray<PostType> ReadTypes(ConfigReader reader, string path, YamlNode node)
    {
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        return [.. items.Select(item => OneOf(reader, path, item, ["promo", "dialogue"])).OfType<string>().Select(t => Enum.Parse<PostType>(t, ignoreCase: true))];
    }

    private static PersonaSettings Unknown(ConfigReader reader, YamlNode keyNode, string path, string key, PersonaSettings persona)
    {
        reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", path), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, Keys))));
        return persona;
    }
}
