using ContentLint.Core.Rules;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>What the client allows the server to run in this workspace.</summary>
/// <param name="ScriptsEnabled">
/// False for an untrusted workspace (<c>initializationOptions.scripts: false</c>): script rules
/// (<c>.csx</c>) must be neither compiled nor run, declarative rules only. The engine has no script
/// rules yet; <see cref="LinterProvider"/> is where they will be loaded, and skipped on this flag.
/// </param>
/// <param name="ExtraRules">Compiled rules added to the built-in ones (tests use it to control timing).</param>
internal sealed record WorkspaceOptions(bool ScriptsEnabled = true, Func<IEnumerable<PostRule>>? ExtraRules = null);
