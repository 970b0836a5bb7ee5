using ContentLint.Core.Scripting;

namespace ContentLint.Core.Tests.Scripting;

/// <summary>
/// Our assemblies are built with a path map: a stack trace through them (what a script's exception in
/// the rule host carries) names <c>/_/src/…</c>, never the folder the tool was built in.
/// </summary>
public sealed class BuildPathTests
{
    [Fact]
    public void A_stack_trace_through_our_code_names_no_build_folder()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => ScriptCacheKey.DefaultPath(_ => throw new InvalidOperationException("probe")));
        var trace = thrown.StackTrace!.Replace('\\', '/');

        Assert.Contains("ScriptCacheKey.DefaultPath", trace, StringComparison.Ordinal);
        Assert.Contains("/_/src/ContentLint.Core/Scripting/ScriptCacheKey.cs:line ", trace, StringComparison.Ordinal);
        Assert.DoesNotContain(RepoPaths.Root.Replace('\\', '/').TrimEnd('/') + "/src/", trace, StringComparison.Ordinal);
    }
}
