using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContentLint.TestKit.Fuzzing;

/// <summary>
/// Runs a check over generated inputs until a time box or an input count is reached: the box is
/// <c>CONTENTLINT_FUZZ_SECONDS</c> (default 5 s per target, so the suite stays fast; CI may raise it)
/// and the count <c>CONTENTLINT_FUZZ_MAX_INPUTS</c> (default 2,000).
/// </summary>
public static class FuzzRun
{
    /// <summary>The time box per fuzz target.</summary>
    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(Setting("CONTENTLINT_FUZZ_SECONDS", 5));

    /// <summary>The most inputs per fuzz target.</summary>
    public static int MaxInputs { get; } = Setting("CONTENTLINT_FUZZ_MAX_INPUTS", 2_000);

    /// <summary>Checks inputs from <paramref name="inputs"/>; the first failing one is rethrown with the input shown.</summary>
    /// <returns>How many inputs ran (also written to <paramref name="output"/>).</returns>
    public static int Run<T>(string target, Gen<T> inputs, Action<T> check, ITestOutputHelper output) =>
        RunAsync(target, inputs, input => { check(input); return Task.CompletedTask; }, output).GetAwaiter().GetResult();

    /// <summary>The asynchronous form of <see cref="Run"/>.</summary>
    public static async Task<int> RunAsync<T>(string target, Gen<T> inputs, Func<T, Task> check, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (count < MaxInputs && clock.Elapsed < Budget)
        {
            foreach (var input in Gen.Sample(inputs, 50, 10))
            {
                if (count >= MaxInputs || clock.Elapsed >= Budget)
                {
                    break;
                }

                try
                {
                    await check(input);
                }
                catch (Exception ex)
                {
                    throw new FuzzFailureException($"{target}: input #{count + 1} failed: {Describe(input)}", ex);
                }

                count++;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {count} inputs in {clock.Elapsed.TotalSeconds:F1} s"));
        return count;
    }

    /// <summary>An input as an escaped, shortened string, to reproduce a failure.</summary>
    public static string Describe(object? input)
    {
        var text = input switch
        {
            byte[] bytes => Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 400))),
            _ => input?.ToString() ?? "null",
        };
        var escaped = new StringBuilder();
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 3_000)))
        {
            escaped.Append(c is < ' ' or (>= '\u007F' and <= '\u009F') || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        var length = input is byte[] b ? b.Length : text.Length;
        return $"({length} long) {escaped}";
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

/// <summary>A fuzz input made a check fail; the message holds the input.</summary>
public sealed class FuzzFailureException(string message, Exception inner) : Exception(message, inner);
