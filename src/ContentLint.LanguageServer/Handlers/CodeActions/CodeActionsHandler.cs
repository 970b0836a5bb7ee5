using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Engine;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>
/// Quick fixes from the cached result of the requested version (never a re-lint; nothing while a
/// newer version is being checked): each rule fix (CL1002's "split into a thread" among them),
/// "suppress on this line (with a reason)", and "fix all" of a rule in the document.
/// </summary>
internal sealed class CodeActionsHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisCache cache, ClientSession client) : ILspHandler
{
    private const string QuickFix = "quickfix";

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { CodeActionProvider = new CodeActionOptions([QuickFix]) };

    [JsonRpcMethod(LspMethods.CodeAction)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        if (RequestPositions.GetOptional(parameters!.Range) is not { } range || cache.Get(snapshot) is not { Result: { Source: not null } result })
        {
            return [];
        }

        if (parameters.Context?.Only is { Length: > 0 } only && !only.Any(kind => QuickFix.StartsWith(kind, StringComparison.Ordinal)))
        {
            return [];
        }

        var edits = new WorkspaceEditFactory(client.Capabilities, snapshot);
        var actions = new List<CodeAction>();
        var here = result.Findings.Where(f => LspConverter.Intersects(f.Position, range)).ToList();
        foreach (var finding in here)
        {
            var diagnostic = LspConverter.ToDiagnostic(finding, client.Locale);
            for (var i = 0; i < finding.Fixes.Length; i++)
            {
                var fix = finding.Fixes[i];
                if (here.TakeWhile(f => f != finding).Any(f => f.Span == finding.Span && f.Fixes.Any(g => g.Title == fix.Title && g.Edits.SequenceEqual(fix.Edits))))
                {
                    continue; // The same fix of another finding on the same characters (one row: FindingRows).
                }

                actions.Add(new CodeAction(fix.Title, QuickFix, edits.Create(fix.Edits.Select(e => LspConverter.ToEdit(result.Source, e))))
                {
                    Diagnostics = [diagnostic],
                    IsPreferred = i == 0 ? true : null,
                });
            }

            if (finding.Rule.IsConfigurable && finding.Rule != SuppressionRules.UnusedSuppression
                && SuppressionEdit.Create(result, finding) is { } suppression)
            {
                actions.Add(new CodeAction(suppression.Title, QuickFix, edits.Create([LspConverter.ToEdit(result.Source, suppression.Edit)])) { Diagnostics = [diagnostic] });
            }
        }

        foreach (var rule in here.Where(f => !f.Fixes.IsEmpty).Select(f => f.Rule).Distinct())
        {
            if (FixAll(result, rule.Id) is { } fixAll)
            {
                actions.Add(new CodeAction(fixAll.Title, QuickFix, edits.Create([LspConverter.ToEdit(result.Source, fixAll.Edit)])));
            }
        }

        return actions;
    }

    /// <summary>Every fix of one rule at once, applied as <c>--fix</c> applies them (first fix of each, no overlaps), as one edit.</summary>
    private static (string Title, TextEdit Edit)? FixAll(FileLintResult result, string ruleId)
    {
        var findings = result.Findings.Where(f => f.RuleId == ruleId && !f.Fixes.IsEmpty).ToList();
        if (findings.Count < 2)
        {
            return null;
        }

        var (text, applied) = FixApplier.Apply(result.Source!, findings);
        if (applied < 2)
        {
            return null;
        }

        var edit = TextDiff.SingleEdit(result.Source!.Text, text);
        return ($"Fix all {ruleId} ({findings[0].Rule.Name}) in this document: {applied} fixes", edit);
    }
}
