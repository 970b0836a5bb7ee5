namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/checkWorkspace</c> result: what was checked and found (findings are published on each file).</summary>
/// <param name="Files">Files checked or reported on, as <c>contentlint check</c> counts them (skipped files such as a README are not).</param>
/// <param name="Posts">Posts in them.</param>
/// <param name="FilesWithFindings">Files (content, configuration and rule files) with at least one finding.</param>
/// <param name="Errors">Findings that are errors.</param>
/// <param name="Warnings">Findings that are warnings.</param>
/// <param name="Infos">Findings that are infos.</param>
/// <param name="Hints">Findings that are hints.</param>
internal sealed record CheckWorkspaceResult(int Files, int Posts, int FilesWithFindings, int Errors, int Warnings, int Infos, int Hints);
