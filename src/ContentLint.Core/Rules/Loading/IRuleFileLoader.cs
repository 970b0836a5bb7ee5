using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Loading;

/// <summary>
/// Loads one kind of rule file (one rule per file). <see cref="RulePackLoader"/> dispatches every
/// file of the configured rule folders to the loader of its extension; adding a kind of rule file
/// (declarative <c>.yaml</c> rules) is one new implementation passed to the pack loader.
/// </summary>
public interface IRuleFileLoader
{
    /// <summary>File name endings this loader reads, with the dot (e.g. <c>.csx</c>); matched case-insensitively.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the rules run user code, so <c>--no-scripts</c> and <c>scripts: {enabled: false}</c> skip them.</summary>
    bool RunsCode { get; }

    /// <summary>Loads the rule of <paramref name="file"/>; problems are findings on the file, never exceptions.</summary>
    RuleFileLoadResult Load(SourceDocument file, RuleLoadContext context);

    /// <summary>
    /// Called once with every file this loader will be given for <paramref name="context"/>, before
    /// the first <see cref="Load"/>: a loader that works elsewhere (the rule host) starts on all of them at once.
    /// </summary>
    void Prepare(IReadOnlyList<SourceDocument> files, RuleLoadContext context)
    {
    }

    /// <summary>
    /// Findings on the files of <paramref name="context"/> whose loading finished after <see cref="Load"/>
    /// returned (a loader that lets the run start while the rule host loads the scripts); waits for them.
    /// </summary>
    IReadOnlyList<RuleFileReport> LateReports(RuleLoadContext context) => [];
}
