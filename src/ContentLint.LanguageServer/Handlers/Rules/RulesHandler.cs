using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Rules;

/// <summary>
/// <c>contentlint/rules</c>: every rule the linter of a document or folder knows — what <c>contentlint
/// rules list</c> prints there — with its severity in force and where it comes from.
/// </summary>
internal sealed class RulesHandler(ServerLifecycle lifecycle, ClientSession client, LinterProvider linters) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        ExperimentalCapabilities.AddRequest(capabilities, LspMethods.Rules);

    [JsonRpcMethod(LspMethods.Rules)]
    public RulesResult Rules(RulesParams parameters)
    {
        lifecycle.EnsureRunning();
        var path = RequestTargets.Path(client, parameters?.Uri);
        var workspace = linters.GetLinter(path);
        return new RulesResult(workspace.ConfigPath, RuleInfos.All(workspace, path));
    }
}
