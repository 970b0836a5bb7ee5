using ContentLint.LanguageServer.Documents;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>A throw-away folder (with a configuration when a test needs one) and the URIs of files in it.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace() => Root = Directory.CreateTempSubdirectory("contentlint-lsp-").FullName;

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Uri(string relative) => DocumentUris.FromPath(Path(relative));

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return Uri(relative);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
