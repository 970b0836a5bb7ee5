using System.Text.Json;
using ContentLint.Core.Configuration.Cascade;

namespace ContentLint.Core.Tests.Configuration.Cascade;

/// <summary>The effective configuration lists each value with the file and line it came from.</summary>
public sealed class ConfigurationListingTests : IDisposable
{
    private readonly ConfigurationFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_value_has_its_file_and_line()
    {
        _folder.Write("contentlint.yaml", "confidential:\n  terms:\n    - Falcon\n  clients: [Acme]\nchannels:\n  linkedin: {limit: 3000}\n");
        _folder.Write("team/contentlint.yaml", "# the team's settings\nconfidential:\n  terms: [Eagle]\nchannels:\n  linkedin:\n    limit: 1000\n");

        var entries = ConfigurationListing.Entries(_folder.Load("team")).ToDictionary(e => e.KeyPath);

        Assert.Equal(("Falcon", "contentlint.yaml:3"), (entries["confidential.terms[0]"].Value, entries["confidential.terms[0]"].Origin?.ToString()));
        Assert.Equal(("Eagle", "team/contentlint.yaml:3"), (entries["confidential.terms[1]"].Value, entries["confidential.terms[1]"].Origin?.ToString()));
        Assert.Equal(("Acme", "contentlint.yaml:4"), (entries["confidential.clients[0]"].Value, entries["confidential.clients[0]"].Origin?.ToString()));
        Assert.Equal(("1000", "team/contentlint.yaml:6"), (entries["channels.linkedin.limit"].Value, entries["channels.linkedin.limit"].Origin?.ToString()));
        Assert.Equal(2, entries["channels.linkedin.limit"].Depth);
    }

    [Fact]
    public void Rebased_paths_keep_their_origin()
    {
        _folder.Write("contentlint.yaml", "exclude: [drafts/**]");
        _folder.Write("team/contentlint.yaml", "fields: [campaign]\nexclude:\n  - old/**\n");

        var entries = ConfigurationListing.Entries(_folder.Load("team"));

        var old = Assert.Single(entries, e => e.Value == "team/old/**");
        Assert.Equal("team/contentlint.yaml:3", old.Origin?.ToString());
        Assert.DoesNotContain(entries, e => e.KeyPath is "root" or "replace");
    }
}
