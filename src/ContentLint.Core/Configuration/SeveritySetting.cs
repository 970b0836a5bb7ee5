using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Configuration;

/// <summary>One <c>severity:</c> entry: a rule ID, rule name or category, and the level it gets.</summary>
/// <param name="Key">ID, name or category name as written.</param>
/// <param name="Severity">Level.</param>
/// <param name="KeySpan">Where the key is written in the configuration file.</param>
public sealed record SeveritySetting(string Key, Severity Severity, TextSpan KeySpan);
