using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The manifest of the shipped pack's compiled scripts, written by the build into that assembly: one
/// attribute per script rule, naming its rule ID, its class and the SHA-256 of the source it was
/// compiled from. At load, a source whose hash differs is a build defect, never run.
/// </summary>
/// <param name="ruleId">The rule ID of the script's header.</param>
/// <param name="typeName">Full name of the compiled rule class.</param>
/// <param name="sourceSha256">Lowercase hex SHA-256 of the script text (<see cref="HashOf"/>).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ShippedScriptAttribute(string ruleId, string typeName, string sourceSha256) : Attribute
{
    /// <summary>The rule ID.</summary>
    public string RuleId { get; } = ruleId;

    /// <summary>Full name of the compiled rule class.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Lowercase hex SHA-256 of the script text.</summary>
    public string SourceSha256 { get; } = sourceSha256;

    /// <summary>The hash recorded for a script: SHA-256 of its text in UTF-8, lowercase hex.</summary>
    public static string HashOf(string scriptText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)));
}

/// <summary>How the shipped pack's scripts were compiled: with the sandbox's checkpoints, or as trusted code.</summary>
/// <param name="sandboxed">True when the scripts carry checkpoints and regex timeouts like users' scripts.</param>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ShippedPackAttribute(bool sandboxed) : Attribute
{
    /// <summary>True when the scripts carry checkpoints and regex timeouts.</summary>
    public bool Sandboxed { get; } = sandboxed;
}
