using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>The open document a request names, or the JSON-RPC error for a document that is not open.</summary>
internal static class RequestDocuments
{
    public static TextDocumentSnapshot Get(DocumentStore documents, TextDocumentIdentifier? document)
    {
        if (document?.Uri is not { } uri)
        {
            throw new LocalRpcException("The request names no textDocument.") { ErrorCode = LspErrorCodes.InvalidParams };
        }

        return documents.Get(uri)
            ?? throw new LocalRpcException($"{uri} is not open (send textDocument/didOpen first).") { ErrorCode = LspErrorCodes.InvalidParams };
    }
}
