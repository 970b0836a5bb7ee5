using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>
/// Edits of one document as a <c>WorkspaceEdit</c>: versioned <c>documentChanges</c> when the client
/// supports them (it then refuses an edit computed on an older version), else <c>changes</c>.
/// </summary>
internal sealed class WorkspaceEditFactory(ClientCapabilities client, TextDocumentSnapshot snapshot)
{
    public WorkspaceEdit Create(IEnumerable<LspTextEdit> edits)
    {
        var list = edits.ToList();
        return client.Workspace?.WorkspaceEdit?.DocumentChanges == true
            ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(snapshot.Uri, snapshot.Version), list)] }
            : new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<LspTextEdit>> { [snapshot.Uri] = list } };
    }
}
