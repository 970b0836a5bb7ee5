using BenchmarkDotNet.Running;
using ContentLint.Benchmarks;

// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --write-long-posts DIR   (inputs of bench/long-posts/run.sh)
if (args is ["--write-long-posts", var directory])
{
    LongPostBenchmarks.WriteAll(directory);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
