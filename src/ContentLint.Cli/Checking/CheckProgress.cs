using System.Diagnostics;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Checking;

/// <summary>
/// The progress line of <c>check</c> on an interactive terminal: files and posts done, findings so
/// far and the rate, redrawn in place on standard error. Nothing is drawn before
/// <see cref="DefaultDelay"/> (a short run stays silent), and at most every <see cref="RedrawInterval"/>:
/// the checking threads only increment counters, a timer draws. Disposing erases the line.
/// </summary>
public sealed class CheckProgress : IDisposable
{
    /// <summary>How long a run goes before the line appears.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);

    /// <summary>Environment variable that overrides <see cref="DefaultDelay"/> in milliseconds (tests use 0).</summary>
    public const string DelayVariable = "CONTENTLINT_PROGRESS_DELAY_MS";

    /// <summary>The shortest time between two redraws.</summary>
    public static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _drawing = new();
    private int _files;
    private int _posts;
    private int _findings;
    private bool _drawn;
    private bool _disposed;

    /// <summary>Starts the clock; the first draw comes after <paramref name="delay"/>.</summary>
    public CheckProgress(TextWriter error, TimeSpan delay)
    {
        _error = error;
        _timer = new Timer(_ => Draw(), null, delay, RedrawInterval);
    }

    /// <summary>
    /// A display when <paramref name="console"/> is an interactive terminal and the format is for
    /// people (<c>text</c>); otherwise null: redirected output, <c>CI</c> and machine formats never get one.
    /// </summary>
    public static CheckProgress? For(CliConsole console, string format)
    {
        if (!console.IsInteractive || format != "text")
            return null;
        var delay = int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), out var ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : DefaultDelay;
        return new CheckProgress(console.Error, delay);
    }

    /// <summary>Counts one analysed file (called from the checking threads).</summary>
    public void Analyzed(FileAnalysis analysis)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _posts, analysis.Document?.Posts.Length ?? 0);
        Interlocked.Add(ref _findings, analysis.Diagnostics.Length);
    }

    /// <summary>The line as drawn now (without the terminal's erase sequences).</summary>
    public string Line()
    {
        var posts = Volatile.Read(ref _posts);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        return $"{Volatile.Read(ref _files)} files, {posts} posts checked, {Volatile.Read(ref _findings)} findings so far ({posts / seconds:0} posts/s)";
    }

    private void Draw()
    {
        lock (_drawing)
        {
            if (_disposed)
                return;
            // \r and "erase to end of line" (ESC [ K): the line is rewritten in place.
            _error.Write("\r" + Line() + "\u001b[K");
            _error.Flush();
            _drawn = true;
        }
    }

    /// <summary>Stops drawing and erases the line, so the report starts on a clean line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_drawing)
        {
            if (_drawn)
            {
                _error.Write("\r\u001b[K");
                _drawn = false;
                _error.Flush();
            }

            _disposed = true;
        }
    }
}
