namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>A node's source span, trimmed of trailing white space.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last non-blank character.</param>
/// <param name="IsMultiLineScalarOrFlow">True for a scalar or flow collection spread over several lines: no comment may go inside.</param>
internal sealed record YamlNodeSpan(int Start, int End, bool IsMultiLineScalarOrFlow);
