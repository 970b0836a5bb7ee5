using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Policy;

/// <summary>Reads the content-policy sections of <c>contentlint.yaml</c> (everything the default rule pack uses).</summary>
internal static class PolicyReader
{
    /// <summary>The top-level keys this reader handles.</summary>
    public static readonly string[] Keys = ["personas", "require", "confidential", "embargoes", "pii", "internalHosts", "terminology", "promo", "disclosure", "voice", "typography"];

    public static ContentPolicy Read(ConfigReader reader, string key, YamlNode value, ContentPolicy policy) => key switch
    {
        "personas" => policy with { Personas = PersonaReader.Read(reader, value) },
        "require" => Section(reader, key, value, policy, ["persona", "type"], (p, k, n) => k == "persona"
            ? p with { RequirePersona = reader.ReadBool("require.persona", n) ?? false }
            : p with { RequireType = reader.ReadBool("require.type", n) ?? false }),
        "confidential" => Section(reader, key, value, policy, ["terms", "clients", "figureProximity"], (p, k, n) => k switch
        {
            "terms" => p with { ConfidentialTerms = reader.ReadStringList("confidential.terms", n) ?? [] },
            "clients" => p with { NdaClients = reader.ReadStringList("confidential.clients", n) ?? [] },
            _ => p with { FigureProximity = reader.ReadInt("confidential.figureProximity", n, 1) ?? p.FigureProximity },
        }),
        "embargoes" => policy with { Embargoes = ReadEmbargoes(reader, value) },
        "pii" => Section(reader, key, value, policy, ["allow"], (p, _, n) => p with { PiiAllow = reader.ReadStringList("pii.allow", n) ?? [] }),
        "internalHosts" => policy with { InternalHosts = reader.ReadStringList(key, value) ?? [] },
        "terminology" => policy with { Terminology = ReadTerminology(reader, value) },
        "promo" => Section(reader, key, value, policy, ["maxShare", "minPosts"], (p, k, n) => k == "maxShare"
            ? p with { PromoMaxShare = reader.ReadDouble("promo.maxShare", n, 0, 1) ?? p.PromoMaxShare }
            : p with { PromoMinPosts = reader.ReadInt("promo.minPosts", n, 1) ?? p.PromoMinPosts }),
        "disclosure" => Section(reader, key, value, policy, ["kinds", "markers"], (p, k, n) => k == "kinds"
            ? p with { DisclosureKinds = reader.ReadStringList("disclosure.kinds", n) ?? p.DisclosureKinds }
            : p with { DisclosureMarkers = reader.ReadStringList("disclosure.markers", n) ?? p.DisclosureMarkers }),
        "voice" => Section(reader, key, value, policy, ["acronyms"], (p, _, n) => p with { Acronyms = reader.ReadStringList("voice.acronyms", n) ?? [] }),
        _ => Section(reader, key, value, policy, ["nbsp"], (p, _, n) => p with { NoBreakSpace = PersonaReader.OneOf(reader, "typography.nbsp", n, ["auto", "narrow", "regular"]) ?? p.NoBreakSpace }),
    };

    private static ContentPolicy Section(ConfigReader reader, string section, YamlNode node, ContentPolicy policy, string[] keys, Func<ContentPolicy, string, YamlNode, ContentPolicy> apply)
    {
        foreach (var (keyNode, value) in reader.ReadMap(section, node)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var key = keyNode.AsScalarValue() ?? string.Empty;
            if (keys.Contains(key))
            {
                policy = apply(policy, key, value);
            }
            else
            {
                reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", $"{section}.{key}"), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, keys))));
            }
        }

        return policy;
    }

    private static ImmutableArray<Embargo> ReadEmbargoes(ConfigReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            reader.ReportInvalid("embargoes", node, "expected a list of {term, until} entries");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Embargo>();
        foreach (var item in list.Children)
        {
            var map = reader.ReadMap("embargoes[]", item);
            var term = map?.Children.FirstOrDefault(c => c.Key.AsScalarValue() == "term").Value;
            var until = map?.Children.FirstOrDefault(c => c.Key.AsScalarValue() == "until").Value;
            if (map is null || term is null || until is null)
            {
                reader.ReportInvalid("embargoes[]", item, "each embargo needs 'term' and 'until' (an ISO 8601 date or date-time)");
                continue;
            }

            if (!DateTimeOffset.TryParse(until.AsScalarValue(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                reader.ReportInvalid("embargoes[].until", until, $"expected an ISO 8601 date or date-time, found '{until.AsScalarValue()}'");
                continue;
            }

            if (reader.ReadString("embargoes[].term", term) is { } text)
            {
                result.Add(new Embargo(text, date, reader.SpanOf(item)));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, ImmutableArray<KeyValuePair<string, string>>> ReadTerminology(ConfigReader reader, YamlNode node)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<KeyValuePair<string, string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (langNode, pairs) in reader.ReadMap("terminology", node)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var lang = langNode.AsScalarValue() ?? string.Empty;
            var map = reader.ReadMap($"terminology.{lang}", pairs);
            result[lang] = [.. (map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
                .Select(p => (Wrong: p.Key.AsScalarValue(), Right: reader.ReadString($"terminology.{lang}.{p.Key.AsScalarValue()}", p.Value)))
                .Where(p => p.Wrong is { Length: > 0 } && p.Right is not null)
                .Select(p => KeyValuePair.Create(p.Wrong!, p.Right!))];
        }

        return result.ToImmutable();
    }
}
