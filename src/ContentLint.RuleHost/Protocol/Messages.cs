using ContentLint.Core.Documents;
using MessagePack;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// The configuration the host runs scripts with (their policy and channels; posts arrive parsed): the
/// same <c>contentlint.yaml</c> as the parent's linter, or — with <paramref name="Root"/> — the defaults of that folder with <paramref name="Yaml"/>
/// over them, as a rule case runs (<c>contentlint test</c>).
/// </summary>
/// <param name="ConfigPath">Full path of the configuration file; with <paramref name="Root"/>, only the name the parent calls it by.</param>
/// <param name="Yaml">A rule case's configuration, or null for the defaults (only with <paramref name="Root"/>).</param>
/// <param name="Root">The folder a rule case's configuration is read for, or null to read <paramref name="ConfigPath"/>.</param>
[MessagePackObject]
public sealed record HostSetup([property: Key(0)] string ConfigPath, [property: Key(1)] string? Yaml = null, [property: Key(2)] string? Root = null);

/// <summary>A script rule to load.</summary>
/// <param name="Config">The configuration it is loaded for (<see cref="HostSetup.ConfigPath"/>).</param>
/// <param name="Path">Display path (for compiler messages).</param>
/// <param name="Text">The whole file.</param>
[MessagePackObject]
public sealed record ScriptFile([property: Key(0)] string Config, [property: Key(1)] string Path, [property: Key(2)] string Text);

/// <summary>What loading a script gave.</summary>
/// <param name="Loaded">True when the rule is ready to run.</param>
/// <param name="Diagnostics">Findings on the script file (compile errors, sandbox violations, header problems).</param>
[MessagePackObject]
public sealed record ScriptLoadReply([property: Key(0)] bool Loaded, [property: Key(1)] WireDiagnostic[] Diagnostics);

/// <summary>A parsed content file and the posts and per-post rules to run on it.</summary>
/// <param name="Config">The configuration the file is checked with.</param>
/// <param name="Document">The file as the parent parsed it (sent parsed: the host does not parse it again).</param>
/// <param name="Posts">Indexes of the posts to check.</param>
/// <param name="Rules">IDs of the rules to run.</param>
[MessagePackObject]
public sealed record PostBatch([property: Key(0)] string Config, [property: Key(1)] PostDocument Document, [property: Key(2)] int[] Posts, [property: Key(3)] string[] Rules);

/// <summary>One run-level rule over several parsed content files.</summary>
/// <param name="Config">The configuration the files are checked with.</param>
/// <param name="Rule">The rule's ID.</param>
/// <param name="Documents">The files as the parent parsed them.</param>
[MessagePackObject]
public sealed record RunBatch([property: Key(0)] string Config, [property: Key(1)] string Rule, [property: Key(2)] PostDocument[] Documents);

/// <summary>A finding as it crosses the pipe: the rule's ID instead of its descriptor, arguments as plain values.</summary>
/// <param name="Rule">ID of the reporting rule (a script rule, or an engine rule such as CL0034).</param>
/// <param name="Start">Start of the source span.</param>
/// <param name="Length">Length of the source span.</param>
/// <param name="Message">The message as formatted in English.</param>
/// <param name="Arguments">The values the message was formatted from, or null for a message of its own.</param>
/// <param name="Fixes">Fixes offered.</param>
/// <param name="PostId">The post concerned.</param>
/// <param name="Document">For a run-level rule, the index of the file in the batch.</param>
[MessagePackObject]
public sealed record WireDiagnostic(
    [property: Key(0)] string Rule,
    [property: Key(1)] int Start,
    [property: Key(2)] int Length,
    [property: Key(3)] string Message,
    [property: Key(4)] WireArgument[]? Arguments,
    [property: Key(5)] WireFix[] Fixes,
    [property: Key(6)] string? PostId,
    [property: Key(7)] int Document);

/// <summary>One message argument: a number, a text, or a text with its French translation.</summary>
/// <param name="Name">The placeholder.</param>
/// <param name="Text">The value as text (English), or null for a number or a null value.</param>
/// <param name="French">The French text of a translated value, or null.</param>
/// <param name="Number">The value when it is an integer.</param>
[MessagePackObject]
public sealed record WireArgument([property: Key(0)] string Name, [property: Key(1)] string? Text, [property: Key(2)] string? French, [property: Key(3)] long? Number);

/// <summary>A fix: a title and its edits.</summary>
/// <param name="Title">What the fix does.</param>
/// <param name="Edits">Its edits.</param>
[MessagePackObject]
public sealed record WireFix([property: Key(0)] string Title, [property: Key(1)] WireEdit[] Edits);

/// <summary>One source edit.</summary>
/// <param name="Start">Start of the replaced span.</param>
/// <param name="Length">Length of the replaced span.</param>
/// <param name="NewText">The replacement.</param>
[MessagePackObject]
public sealed record WireEdit([property: Key(0)] int Start, [property: Key(1)] int Length, [property: Key(2)] string NewText);

/// <summary>How the host obtained its scripts since it started.</summary>
/// <param name="Compiled">Scripts compiled.</param>
/// <param name="CacheHits">Scripts loaded from the cache.</param>
/// <param name="CompilerLoaded">True once the compiler was loaded (in the host; the parent never loads it).</param>
/// <param name="CacheDirectory">The compiled-script cache.</param>
[MessagePackObject]
public sealed record HostStats([property: Key(0)] int Compiled, [property: Key(1)] int CacheHits, [property: Key(2)] bool CompilerLoaded, [property: Key(3)] string CacheDirectory);
