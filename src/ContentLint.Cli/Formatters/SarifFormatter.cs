using ContentLint.Cli.Baselines;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters.Documents;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: every rule in <c>tool.driver.rules</c>, results with 1-based
/// UTF-16 regions (<c>columnKind: utf16CodeUnits</c>), paths relative to <c>%SRCROOT%</c>, and fixes.
/// The shape is the records of <see cref="SarifLog"/>, serialized.
/// </summary>
/// <param name="locale">Language of <c>message.text</c> and the rules' <c>shortDescription</c> (SARIF's <c>run.language</c> when not English).</param>
public sealed class SarifFormatter(string locale) : IReportFormatter
{
    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.Catalog.Rules;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var driver = new SarifDriver("ContentLint", CheckReport.ToolVersion, "https://contentlint.dev/", rules.Select(rule => ToRule(rule, locale)).ToList());
        var sourceRoot = new SarifUri(new Uri(Path.TrimEndingDirectorySeparator(report.BaseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        var fingerprints = ReportFingerprints.Of(report);
        var results = report.Files
            .SelectMany(file => file.Findings.Select(finding => (finding, file.Source)))
            .Select((x, i) => ToResult(x.finding, ruleIndex[x.finding.RuleId], x.Source, fingerprints[i].Fingerprint, locale))
            .ToList();
        var run = new SarifRun(new SarifTool(driver), locale == MessageLocale.English ? null : locale, "utf16CodeUnits", new SarifUriBaseIds(sourceRoot), results);
        JsonOutput.Write(new SarifLog(SchemaUri, "2.1.0", [run]), JsonOutput.Relaxed.SarifLog, writer);
    }

    /// <summary>
    /// The key of the finding's fingerprint in <c>partialFingerprints</c> (see <see cref="FindingFingerprint"/>):
    /// stable across line moves, so code scanning does not close and reopen an alert when lines above it change.
    /// </summary>
    public const string FingerprintKey = "contentlint/v1";

    /// <summary>SARIF level of a severity (SARIF has no hint: it becomes a note).</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Off => "none",
        _ => "note",
    };

    private static SarifRule ToRule(RuleDescriptor rule, string locale) => new(
        rule.Id,
        rule.Name,
        new SarifText(rule.TitleIn(locale)),
        new SarifText(rule.Description),
        new SarifHelp(rule.Description, rule.Description),
        rule.HelpUri.ToString(),
        new SarifDefaultConfiguration(Level(rule.DefaultSeverity), rule.DefaultSeverity != Severity.Off),
        new SarifRuleProperties(rule.Category.Name));

    private static SarifResult ToResult(Finding finding, int ruleIndex, SourceDocument? source, string fingerprint, string locale)
    {
        var artifact = ToArtifact(finding.Path);
        var location = new SarifLocation(new SarifPhysicalLocation(artifact, ToRegion(finding.Position, finding.Span)));
        // Without the file's text (it could not be read) an edit's position is unknown: no fixes then.
        var fixes = source is null || finding.Fixes.IsEmpty ? null : finding.Fixes.Select(fix => ToFix(fix, artifact, source)).ToList();
        return new SarifResult(
            finding.RuleId,
            ruleIndex,
            Level(finding.Severity),
            new SarifText(finding.MessageIn(locale)),
            [location],
            fixes,
            new Dictionary<string, string> { [FingerprintKey] = fingerprint },
            finding.PostId is null ? null : new SarifResultProperties(finding.PostId));
    }

    private static SarifFix ToFix(CodeFix fix, SarifArtifactLocation artifact, SourceDocument source)
    {
        var replacements = fix.Edits
            .Select(edit => new SarifReplacement(ToRegion(source.Lines.GetPositionSpan(edit.Span), edit.Span), new SarifText(edit.NewText)))
            .ToList();
        return new SarifFix(new SarifText(fix.Title), [new SarifArtifactChange(artifact, replacements)]);
    }

    private static SarifArtifactLocation ToArtifact(string path) => Path.IsPathRooted(path)
        ? new SarifArtifactLocation(new Uri(path).AbsoluteUri, UriBaseId: null)
        : new SarifArtifactLocation(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), "%SRCROOT%");

    private static SarifRegion ToRegion(LinePositionSpan position, TextSpan span) => new(
        position.Start.OneBasedLine,
        position.Start.OneBasedColumn,
        position.End.OneBasedLine,
        position.End.OneBasedColumn,
        span.Start,
        span.Length);
}
