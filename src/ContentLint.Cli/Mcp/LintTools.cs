using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Mcp;

/// <summary>
/// What the MCP tools do, without the protocol: check a draft, fix it, count it — with the linter
/// <c>check</c> would use for a file of that name in the working directory (nearest
/// <c>contentlint.yaml</c>, or <c>--config</c>), so an assistant's draft meets the team's own rules.
/// Findings are the documents of <c>check --format json</c>, one schema for every consumer.
/// </summary>
internal sealed class LintTools(CheckRunner runner, string workingDirectory, string? configPath, string locale)
{
    /// <summary>Findings on a draft given as text (or a file's path), as <c>check --format json</c> prints them.</summary>
    public JsonNode Check(ToolArguments args)
    {
        var (configured, source) = Load(args);
        var result = configured.Linter.Lint(source);
        return Report(configured, result, fixesApplied: 0);
    }

    /// <summary>The draft with every safe fix applied, the fixes' count and what remains.</summary>
    public JsonNode Fix(ToolArguments args)
    {
        var (configured, source) = Load(args);
        var outcome = FixSession.Run(configured.Linter, source, configured.Linter.Lint(source));
        return new JsonObject
        {
            ["text"] = outcome.Document.Text,
            ["applied"] = outcome.Applied,
            ["remaining"] = Report(configured, outcome.Result, outcome.Applied),
        };
    }

    /// <summary>The platform's count of a text on each channel named, with its limit and method.</summary>
    public JsonNode Count(ToolArguments args)
    {
        var text = args.RequiredText("text").TrimEnd('\r', '\n');
        var configured = runner.LinterFor(workingDirectory, configPath, workingDirectory, scriptsEnabled: false);
        var catalog = configured.Linter.Channels;
        var counts = new JsonArray();
        foreach (var name in args.RequiredNames("channels"))
        {
            var channel = catalog.Find(name) ?? throw new ToolArgumentException(
                $"unknown channel '{name}'{Suggestions.DidYouMean(Suggestions.Closest(name, catalog.Names))} (known: {string.Join(", ", catalog.Names)})");
            var measure = ChannelMeasurement.Measure(channel, text);
            counts.Add(new JsonObject
            {
                ["channel"] = channel.Name,
                ["count"] = measure.Count,
                ["limit"] = measure.Limit,
                ["overLimit"] = measure.IsOverLimit,
                ["bytes"] = measure.Bytes,
                ["byteLimit"] = channel.ByteLimit,
                ["method"] = measure.Method,
            });
        }

        return new JsonObject { ["counts"] = counts };
    }

    private (ConfiguredLinter Configured, SourceDocument Source) Load(ToolArguments args)
    {
        var path = args.OptionalText("path");
        var fileName = args.OptionalText("fileName") ?? (path is null ? "draft.md" : null);
        var fullPath = Path.GetFullPath(path ?? fileName!, workingDirectory);
        var configured = runner.LinterFor(Path.GetDirectoryName(fullPath)!, configPath, workingDirectory, scriptsEnabled: true);
        var display = Path.GetRelativePath(workingDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (path is null)
        {
            return (configured, new SourceDocument(display, args.RequiredText("text")));
        }

        var (document, failure) = configured.Linter.LoadFile(fullPath, display);
        return document is null
            ? throw new ToolArgumentException(failure?.Findings.FirstOrDefault()?.Message ?? $"cannot read '{path}'")
            : (configured, document);
    }

    private JsonNode Report(ConfiguredLinter configured, FileLintResult result, int fixesApplied)
    {
        // The files check reports beside the draft (CheckRunner.Collect): a configuration file only when it has findings, so the summary counts as check's.
        var files = configured.ConfigResults.Where(r => !r.Findings.IsEmpty).Concat(configured.RuleFileResults).Append(result).ToImmutableArray();
        var report = new CheckReport(files, configured.Linter.Catalog, workingDirectory, fixesApplied, fixesApplied > 0 ? 1 : 0);
        using var writer = new StringWriter();
        new JsonFormatter(locale).Write(report, writer);
        return JsonNode.Parse(writer.ToString())!;
    }
}
