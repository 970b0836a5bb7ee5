using System.Text;

namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>A throw-away folder of content files.</summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo() => Root = Directory.CreateTempSubdirectory("contentlint-cli-").FullName;

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    public ProcessResult Check(params string[] args) => ContentLintProcess.Run(Root, ["check", .. args]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
