using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.ExplainRule;

/// <summary>
/// <c>contentlint/explainRule</c>: a rule, by ID or name, of the linter of a document or folder — its
/// metadata, its Markdown documentation and a page to show (what <c>contentlint rules explain</c> prints).
/// An unknown rule is InvalidParams, with the closest ID or name.
/// </summary>
internal sealed class ExplainRuleHandler(ServerLifecycle lifecycle, ClientSession client, LinterProvider linters) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        ExperimentalCapabilities.AddRequest(capabilities, LspMethods.ExplainRule);

    [JsonRpcMethod(LspMethods.ExplainRule)]
    public RuleExplanation ExplainRule(ExplainRuleParams parameters)
    {
        lifecycle.EnsureRunning();
        if (string.IsNullOrWhiteSpace(parameters?.Rule))
        {
            throw new LocalRpcException("The request names no rule (an ID such as CL1001, or a name such as unknown-channel).") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        var path = RequestTargets.Path(client, parameters.Uri);
        var workspace = linters.GetLinter(path);
        var catalog = workspace.Linter.Catalog;
        if (catalog.Find(parameters.Rule) is not { } rule)
        {
            var suggestion = catalog.Suggest(parameters.Rule) is { } closest ? $" Did you mean '{closest}'?" : string.Empty;
            throw new LocalRpcException($"No rule '{parameters.Rule.Trim()}'.{suggestion}") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        var info = RuleInfos.Describe(workspace, rule, path);
        return new RuleExplanation(info, rule.MessageFormat, rule.Description.Trim(), RuleMarkdown.Page(rule, info));
    }
}
