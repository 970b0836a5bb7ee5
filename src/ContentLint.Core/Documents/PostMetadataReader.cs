using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents;

/// <summary>Reads and validates post fields from a YAML map, reporting wrong keys and values with their positions.</summary>
internal sealed partial class PostMetadataReader(SourceDocument document, IParseOptions configuration, DocumentKind kind, List<Diagnostic> diagnostics)
{
    /// <summary>Fields every post may have.</summary>
    public static readonly IReadOnlyList<string> CommonFields = ["channel", "channels", "persona", "type", "lang", "publish_at", "thread", "variants", "contentlint", "id", "title", "alt", "content_warning", "reply_to"];

    private IEnumerable<string> KnownFields =>
        (kind == DocumentKind.YamlCalendar ? CommonFields.Append("text") : CommonFields).Concat(configuration.Fields);

    /// <summary>Reads one map. <paramref name="postScope"/> is what a <c>contentlint: {disable}</c> entry covers.</summary>
    public PostMetadata Read(YamlMappingNode map, TextSpan postScope)
    {
        var metadata = new PostMetadata();
        var fields = ImmutableDictionary.CreateBuilder<string, PostField>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode.AsScalarValue() ?? string.Empty;
            fields[key] = new PostField(key, keyNode.GetSpan(), value.GetTrimmedSpan(document.Text), ToPlainValue(value));
            metadata = key switch
            {
                "channel" or "channels" => metadata with { Channels = ReadChannels(key, value, metadata) },
                "persona" => metadata with { Persona = ReadString(key, value) },
                "type" => metadata with { Type = ReadType(value) },
                "lang" => metadata with { Lang = ReadLang(value) },
                "publish_at" => metadata with { PublishAt = ReadDate(value) },
                "id" => metadata with { Id = ReadString(key, value) },
                "title" => metadata with { Title = ReadText(key, value) },
                "alt" => metadata with { AltText = ReadText(key, value) },
                "content_warning" => metadata with { ContentWarning = ReadText(key, value) },
                "reply_to" => metadata with { ReplyTo = ReadString(key, value) },
                "thread" when kind == DocumentKind.MarkdownPost => metadata with { ThreadFlag = ReadBool(key, value) },
                "thread" => metadata with { ThreadNode = value },
                "text" when kind == DocumentKind.YamlCalendar => metadata with { TextNode = value },
                "variants" => metadata with { VariantsNode = value },
                "contentlint" => metadata with { Suppressions = ReadDisable(keyNode, value, postScope) },
                _ => ReadUnknown(map, keyNode, key, metadata),
            };
        }

        return metadata with { Fields = fields.ToImmutable() };
    }

    private PostMetadata ReadUnknown(YamlMappingNode map, YamlNode keyNode, string key, PostMetadata metadata)
    {
        if (configuration.Fields.Contains(key, StringComparer.Ordinal))
        {
            return metadata;
        }

        var suggestion = Suggestions.Closest(key, KnownFields);
        var diagnostic = Diagnostic.Create(FieldRules.UnknownField, keyNode.GetSpan(), ("field", key), ("suggestion", Suggestions.DidYouMeanPlaceholder(suggestion)));
        var taken = suggestion is not null && map.Children.ContainsKey(new YamlScalarNode(suggestion));
        if (suggestion is not null && !taken && keyNode is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain })
        {
            diagnostic = diagnostic.WithFix(new CodeFix($"Rename '{key}' to '{suggestion}'", [new TextEdit(keyNode.GetSpan(), suggestion)]));
        }

        diagnostics.Add(diagnostic);
        return metadata with { HasChannelLikeKey = metadata.HasChannelLikeKey || suggestion is "channel" or "channels" };
    }

    private ImmutableArray<Located<string>>? ReadChannels(string key, YamlNode value, PostMetadata metadata)
    {
        if (metadata.Channels is not null)
        {
            Invalid(key, value, "give either 'channel' or 'channels', not both");
        }

        var items = value is YamlSequenceNode list ? list.Children : [value];
        var channels = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in items)
        {
            if (ReadString(key, item) is { } channel)
            {
                channels.Add(channel);
            }
        }

        if (channels.Count == 0 && value is YamlSequenceNode)
        {
            Invalid(key, value, "the list of channels is empty");
        }

        return channels.ToImmutable();
    }

    private Located<string>? ReadString(string key, YamlNode value)
    {
        if (value is YamlScalarNode { Value: { } text } && !value.IsNull() && text.Trim().Length > 0)
        {
            return new Located<string>(text.Trim(), value.GetTrimmedSpan(document.Text));
        }

        Invalid(key, value, $"expected a name, found {value.DescribeKind()}");
        return null;
    }

    private MappedText? ReadText(string key, YamlNode value)
    {
        if (value is YamlScalarNode scalar && !value.IsNull())
        {
            return YamlScalarMapper.Map(document.Text, scalar).TrimEnd(); // Published without trailing line breaks.
        }

        Invalid(key, value, $"expected text, found {value.DescribeKind()}");
        return null;
    }

    private Located<PostType>? ReadType(YamlNode value)
    {
        var text = ReadString("type", value);
        if (text is not { } t)
        {
            return null;
        }

        if (Enum.TryParse<PostType>(t.Value, ignoreCase: true, out var type) && char.IsLetter(t.Value[0]))
        {
            return new Located<PostType>(type, t.Span);
        }

        Invalid("type", value, $"expected 'promo' or 'dialogue', found '{t.Value}'{Suggestions.DidYouMean(Suggestions.Closest(t.Value, ["promo", "dialogue"]))}");
        return null;
    }

    private Located<string>? ReadLang(YamlNode value)
    {
        if (ReadString("lang", value) is not { } lang)
        {
            return null;
        }

        if (LanguageTag().IsMatch(lang.Value))
        {
            return lang;
        }

        Invalid("lang", value, $"expected a language tag such as 'fr' or 'en-GB', found '{lang.Value}'");
        return null;
    }

    private Located<DateTimeOffset>? ReadDate(YamlNode value)
    {
        if (ReadString("publish_at", value) is not { } text)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];
        if (DateTimeOffset.TryParseExact(text.Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return new Located<DateTimeOffset>(date, text.Span);
        }

        Invalid("publish_at", value, $"expected an ISO 8601 date or date-time such as 2026-12-01 or 2026-12-01T09:00:00+01:00, found '{text.Value}'");
        return null;
    }

    private bool ReadBool(string key, YamlNode value)
    {
        switch (value.AsScalarValue()?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Invalid(key, value, $"expected true or false, found {value.DescribeKind()}");
                return false;
        }
    }

    private ImmutableArray<SuppressionComment> ReadDisable(YamlNode keyNode, YamlNode value, TextSpan postScope)
    {
        var removal = WholeLines(keyNode.GetSpan(), value.GetTrimmedSpan(document.Text));
        if (value is not YamlMappingNode map)
        {
            Invalid("contentlint", value, "expected a map such as {disable: [CL2001]}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<SuppressionComment>();
        foreach (var (entryKey, list) in map.Children)
        {
            if (entryKey.AsScalarValue() != "disable")
            {
                diagnostics.Add(Diagnostic.Create(FieldRules.UnknownField, entryKey.GetSpan(), ("field", $"contentlint.{entryKey.AsScalarValue()}"), ("suggestion", Suggestions.DidYouMeanPlaceholder("disable"))));
                continue;
            }

            var items = list is YamlSequenceNode sequence ? sequence.Children : [list];
            var rules = items.Select(i => ReadString("contentlint.disable", i)).OfType<Located<string>>().ToImmutableArray();
            if (rules.IsEmpty && items.Count > 0)
            {
                // Every name was invalid (reported above): an empty list would mean "every rule" and
                // silence the post — and the report of its own mistake with it.
                continue;
            }

            var span = list.GetTrimmedSpan(document.Text);
            result.Add(new SuppressionComment(SuppressionKind.DisablePost, rules, null, span, removal, postScope));
        }

        return result.ToImmutable();
    }

    /// <summary>The lines from <paramref name="first"/> to <paramref name="last"/> with the final line break, when <paramref name="first"/> starts its line.</summary>
    private TextSpan WholeLines(TextSpan first, TextSpan last)
    {
        var lines = document.Lines;
        var firstLine = lines.GetPosition(first.Start).Line;
        var lineStart = lines.GetLineStart(firstLine);
        if (!document.Text.AsSpan(lineStart, first.Start - lineStart).IsWhiteSpace())
        {
            return TextSpan.FromBounds(first.Start, last.End);
        }

        return TextSpan.FromBounds(lineStart, lines.GetLineSpanIncludingBreak(lines.GetPosition(last.End).Line).End);
    }

    private void Invalid(string key, YamlNode value, string problem) =>
        diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, value.GetTrimmedSpan(document.Text), ("field", key), ("problem", problem)));

    private static object? ToPlainValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlainValue).ToImmutableArray(),
        YamlMappingNode map => map.Children.ToImmutableDictionary(c => c.Key.AsScalarValue() ?? string.Empty, c => ToPlainValue(c.Value)),
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
