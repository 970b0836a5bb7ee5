using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>What to offer for the text before the cursor on a front-matter or calendar line.</summary>
internal static partial class PostFieldCompletion
{
    /// <summary>
    /// Fields every post may have. The parser's own list (<c>PostMetadataReader.CommonFields</c>) is
    /// internal to Core; a test checks that each of these is accepted without CL0009.
    /// </summary>
    public static IReadOnlyList<string> PostKeys { get; } = ["channel", "channels", "persona", "type", "lang", "publish_at", "thread", "variants", "contentlint", "id", "title", "alt", "content_warning", "reply_to"];

    private const int PropertyKind = 10;
    private const int ValueKind = 12;

    public static IReadOnlyList<CompletionItem> Complete(string prefix, string? parent, DocumentKind kind, ConfiguredLinter configured, UsedValues used)
    {
        var linter = configured.Linter;
        var channels = linter.Channels.Names;
        if (KeyPattern().Match(prefix) is { Success: true } key)
        {
            var indent = key.Groups["indent"].Length;
            var isItem = key.Groups["dash"].Success;
            if (parent is "thread")
            {
                return []; // A thread item is text.
            }

            if (parent is "variants")
            {
                return Keys(channels, "channel");
            }

            if (parent is "channels" && isItem)
            {
                return Values(channels, "channel");
            }

            if (kind == DocumentKind.YamlCalendar && indent == 0 && !isItem)
            {
                return Keys(["defaults", "posts"], "calendar section");
            }

            var keys = kind == DocumentKind.YamlCalendar ? PostKeys.Append("text") : PostKeys.Where(k => k != "text");
            return Keys(keys.Concat(linter.Configuration.Fields), "post field");
        }

        if (ValuePattern().Match(prefix) is { Success: true } value)
        {
            return value.Groups["key"].Value switch
            {
                "channel" or "channels" => Values(channels, "channel"),
                "type" => Values(Enum.GetNames<PostType>().Select(n => n.ToLowerInvariant()), "message type"),
                "thread" => Values(["true", "false"], "thread"),
                "persona" => Values(CompletionValues.Personas(linter.Configuration.Policy, used)),
                "lang" => Values(CompletionValues.Languages(configured, used)),
                _ => [],
            };
        }

        return [];
    }

    private static List<CompletionItem> Keys(IEnumerable<string> keys, string detail) =>
        [.. keys.Distinct().Select(k => new CompletionItem(k, PropertyKind) { Detail = detail, InsertText = k + ": " })];

    private static List<CompletionItem> Values(IEnumerable<string> values, string detail) =>
        Values(values.Select(v => (v, detail)));

    private static List<CompletionItem> Values(IEnumerable<(string Value, string Detail)> values) =>
        [.. values.Select(v => new CompletionItem(v.Value, ValueKind) { Detail = v.Detail })];

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<dash>-[ \t]+)?[A-Za-z_]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?(?<key>[A-Za-z_]+):[ \t]*(?<value>.*)$")]
    private static partial Regex ValuePattern();
}
