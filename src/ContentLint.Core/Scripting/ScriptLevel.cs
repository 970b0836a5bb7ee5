namespace ContentLint.Core.Scripting;

/// <summary>
/// What one call of a script rule sees, chosen by <c>level:</c> in its header: each text of a post
/// (the default), each post whole, or every post of the run at once.
/// </summary>
public enum ScriptLevel
{
    /// <summary><c>level: text</c>: one call per text of a post (each thread part on each channel); the class derives from <c>ScriptRuleBase</c>.</summary>
    Text,

    /// <summary><c>level: post</c>: one call per post, with its metadata, all its texts, the policy and the channels; <c>PostScriptBase</c>.</summary>
    Post,

    /// <summary><c>level: run</c>: one call per run with every post checked under the same configuration; <c>RunScriptBase</c>.</summary>
    Run,
}
