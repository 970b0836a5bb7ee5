using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about writing fixes back to disk (CL0040).</summary>
public static class FixRules
{
    /// <summary>CL0040: <c>--fix</c> found fixes for a file but did not write them.</summary>
    public static RuleDescriptor FixNotWritten { get; } = new(
        "CL0040", "fix-not-written", "Fixes must reach the file or say why not.", RuleCategory.Engine, Severity.Error,
        "Fixes were not written: {reason}",
        """
        `check --fix` found fixes for this file but left it as it was, because writing it would have
        lost something: the file changed on disk while it was being checked (someone saved it: run
        `--fix` again), the file is read-only (no write permission in its mode: make it writable if it
        should be fixed), or the write itself failed. The findings reported are those of the file as
        it was read.
        """) { IsConfigurable = false, French = new("Les corrections doivent être écrites dans le fichier, ou dire pourquoi elles ne l’ont pas été.", "Les corrections n’ont pas été écrites : {reason}") };
}
