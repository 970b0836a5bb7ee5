using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ContentLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
