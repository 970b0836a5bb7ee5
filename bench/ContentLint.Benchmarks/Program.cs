using BenchmarkDotNet.Running;
using ContentLint.Benchmarks;

// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --filter '*LongPost*' --inProcess   (quick; on a busy machine
//   the generated project's build can exceed BenchmarkDotNet's 2-minute limit, --inProcess skips it)
// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --write-long-posts DIR   (inputs of bench/long-posts/run.sh)
if (args is ["--write-long-posts", var directory])
{
    LongPostBenchmarks.WriteAll(directory);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
