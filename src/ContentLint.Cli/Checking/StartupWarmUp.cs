using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Cli.Checking;

/// <summary>
/// Starts, on a pool thread, the one-time loads every <c>check</c> needs whatever the configuration
/// says — the shipped pack's rule headers and the counting and Markdown tables — while the main
/// thread discovers and reads the configuration and the files. Nothing waits for it: the first user
/// of each load either finds it done or joins it (lazy and type initialization are thread-safe), so
/// a one-file check overlaps them instead of paying them in a row. A failure here surfaces again,
/// with its usual report, where the main thread needs the same load.
/// </summary>
internal static class StartupWarmUp
{
    public static void Begin() => ThreadPool.UnsafeQueueUserWorkItem(
        static _ =>
        {
            try
            {
                _ = PackScripts.Compiled;
                StartupTables.Build();
            }
            catch (Exception)
            {
                // Reported by the main thread when it makes the same load (see the summary).
            }
        },
        null);
}
