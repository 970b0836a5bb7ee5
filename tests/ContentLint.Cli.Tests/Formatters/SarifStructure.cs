using System.Text.Json;

namespace ContentLint.Cli.Tests.Formatters;

/// <summary>
/// Checks a SARIF log against the required properties and value constraints of the SARIF 2.1.0
/// schema for the objects ContentLint writes (sarifLog, run, tool, toolComponent, reportingDescriptor,
/// result, location, physicalLocation, artifactLocation, region, fix, artifactChange, replacement).
/// </summary>
internal static class SarifStructure
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static List<string> Validate(JsonElement log)
    {
        var problems = new List<string>();
        Require(log, "version", problems, "sarifLog");
        Require(log, "runs", problems, "sarifLog");
        if (log.TryGetProperty("version", out var version) && version.GetString() != "2.1.0")
        {
            problems.Add("sarifLog.version must be 2.1.0");
        }

        if (log.TryGetProperty("$schema", out var schema) && !Uri.IsWellFormedUriString(schema.GetString(), UriKind.Absolute))
        {
            problems.Add("$schema must be an absolute URI");
        }

        foreach (var run in log.GetProperty("runs").EnumerateArray())
        {
            ValidateRun(run, problems);
        }

        return problems;
    }

    private static void ValidateRun(JsonElement run, List<string> problems)
    {
        Require(run, "tool", problems, "run");
        var driver = run.GetProperty("tool").GetProperty("driver");
        Require(driver, "name", problems, "toolComponent");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var rule in rules)
        {
            Require(rule, "id", problems, "reportingDescriptor");
            if (rule.TryGetProperty("helpUri", out var help) && !Uri.IsWellFormedUriString(help.GetString(), UriKind.Absolute))
            {
                problems.Add($"rule {rule.GetProperty("id")}: helpUri must be absolute");
            }

            if (rule.TryGetProperty("defaultConfiguration", out var config) && !Levels.Contains(config.GetProperty("level").GetString()))
            {
                problems.Add($"rule {rule.GetProperty("id")}: bad level");
            }

            Require(rule.GetProperty("shortDescription"), "text", problems, "multiformatMessageString");
        }

        if (run.TryGetProperty("columnKind", out var columnKind) && columnKind.GetString() is not ("utf16CodeUnits" or "unicodeCodePoints"))
        {
            problems.Add("run.columnKind must be utf16CodeUnits or unicodeCodePoints");
        }

        foreach (var baseId in run.GetProperty("originalUriBaseIds").EnumerateObject())
        {
            if (baseId.Value.GetProperty("uri").GetString() is not { } uri || !uri.EndsWith('/'))
            {
                problems.Add($"originalUriBaseIds.{baseId.Name}.uri must end with '/'");
            }
        }

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            ValidateResult(result, rules, problems);
        }
    }

    private static void ValidateResult(JsonElement result, List<JsonElement> rules, List<string> problems)
    {
        Require(result, "message", problems, "result");
        Require(result.GetProperty("message"), "text", problems, "message");
        var ruleId = result.GetProperty("ruleId").GetString();
        var index = result.GetProperty("ruleIndex").GetInt32();
        if (index < 0 || index >= rules.Count || rules[index].GetProperty("id").GetString() != ruleId)
        {
            problems.Add($"result {ruleId}: ruleIndex {index} does not point at its rule");
        }

        if (!Levels.Contains(result.GetProperty("level").GetString()))
        {
            problems.Add($"result {ruleId}: bad level");
        }

        foreach (var location in result.GetProperty("locations").EnumerateArray())
        {
            var physical = location.GetProperty("physicalLocation");
            Require(physical.GetProperty("artifactLocation"), "uri", problems, "artifactLocation");
            ValidateRegion(physical.GetProperty("region"), $"result {ruleId}", problems);
        }

        if (result.TryGetProperty("fixes", out var fixes))
        {
            foreach (var change in fixes.EnumerateArray().SelectMany(f => f.GetProperty("artifactChanges").EnumerateArray()))
            {
                Require(change, "artifactLocation", problems, "artifactChange");
                foreach (var replacement in change.GetProperty("replacements").EnumerateArray())
                {
                    ValidateRegion(replacement.GetProperty("deletedRegion"), $"fix of {ruleId}", problems);
                }
            }
        }
    }

    private static void ValidateRegion(JsonElement region, string owner, List<string> problems)
    {
        int Get(string name) => region.GetProperty(name).GetInt32();
        if (Get("startLine") < 1 || Get("startColumn") < 1 || Get("endLine") < Get("startLine") || Get("endColumn") < 1
            || (Get("endLine") == Get("startLine") && Get("endColumn") < Get("startColumn")) || Get("charOffset") < 0 || Get("charLength") < 0)
        {
            problems.Add($"{owner}: invalid region {region}");
        }
    }

    private static void Require(JsonElement element, string property, List<string> problems, string owner)
    {
        if (!element.TryGetProperty(property, out _))
        {
            problems.Add($"{owner} lacks required property '{property}'");
        }
    }
}
