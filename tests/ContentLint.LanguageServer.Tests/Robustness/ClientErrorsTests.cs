using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Tests.TestSupport;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer.Tests.Robustness;

/// <summary>An exception inside a handler reaches the client as InternalError with one plain line; its trace goes to the log at debug level only.</summary>
public sealed class ClientErrorsTests
{
    private static Exception Thrown()
    {
        try
        {
            throw new InvalidOperationException("Sequence contains no elements\nsecond line", new ArgumentNullException("key"));
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void A_handler_exception_is_InternalError_in_one_line_and_its_trace_is_logged_at_debug_level(int logLevel, bool traceLogged)
    {
        var log = new StringWriter();

        var error = ClientErrors.FromException("textDocument/hover", Thrown(), new ServerLog(log, logLevel));

        Assert.Equal(-32603, (int)error.Code);
        Assert.Null(error.Data);
        Assert.Null(PlainError.Problem(new System.Text.Json.Nodes.JsonObject { ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = (int)error.Code, ["message"] = error.Message } }));
        Assert.Contains("textDocument/hover", error.Message);
        Assert.Contains("[contentlint error] textDocument/hover failed: Sequence contains no elements", log.ToString());
        Assert.Equal(traceLogged, log.ToString().Contains("at ContentLint.LanguageServer.Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_built_elsewhere_loses_its_exception_data_and_extra_lines()
    {
        var error = new JsonRpcError.ErrorDetail
        {
            Code = JsonRpcErrorCode.InvalidParams,
            Message = "Unable to find method 'textDocument/hover/1' on {no object} for the following reasons: …\n   at StreamJsonRpc.JsonRpc.Dispatch()",
            Data = new CommonErrorData(new AggregateException(new System.Text.Json.JsonException("The JSON value could not be converted to ContentLint.Position. Path: $.position.line | LineNumber: 0 | BytePositionInLine: 40."))),
        };

        ClientErrors.Sanitize(error);

        Assert.Null(error.Data);
        Assert.Equal("Invalid parameters: $.position.line does not have the type the method expects.", error.Message);
    }
}
