using ContentLint.Core.Scripting.Api.Links;

namespace ContentLint.Core.Tests.Scripting.Api.Links;

public sealed class InternalLinkTests
{
    private static readonly HostGlobs Globs = new(["*.corp.example.com", "jira.example.io", "https://intranet.example.org/home"]);

    [Theory]
    [InlineData("10.0.0.1", "private network 10.0.0.0/8")]
    [InlineData("10.255.255.255", "private network 10.0.0.0/8")]
    [InlineData("172.16.0.1", "private network 172.16.0.0/12")]
    [InlineData("172.31.255.254", "private network 172.16.0.0/12")]
    [InlineData("192.168.1.20", "private network 192.168.0.0/16")]
    [InlineData("127.0.0.1", "loopback address")]
    [InlineData("169.254.10.1", "link-local address")]
    [InlineData("localhost", "localhost")]
    [InlineData("nas.lan", "internal domain .lan")]
    [InlineData("printer.local", "internal domain .local")]
    [InlineData("wiki.acme.internal", "internal domain .internal")]
    [InlineData("dc01.acme.corp", "internal domain .corp")]
    [InlineData("router.home.arpa", "internal domain .home.arpa")]
    [InlineData("[::1]", "loopback address")]
    [InlineData("[fd12:3456::1]", "private IPv6 network fc00::/7")]
    public void Private_addresses_and_names_are_classified(string host, string reason) =>
        Assert.Equal(reason, PrivateAddresses.Classify(host)?.En);

    [Theory]
    [InlineData("172.15.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("212.27.40.240")]
    [InlineData("256.1.1.1")]
    [InlineData("example.com")]
    [InlineData("local")]
    [InlineData("[2001:db8::1]")]
    public void Public_addresses_are_not_internal(string host) => Assert.Null(PrivateAddresses.Classify(host));

    [Theory]
    [InlineData("a.corp.example.com", "*.corp.example.com")]
    [InlineData("a.b.CORP.example.com", "*.corp.example.com")]
    [InlineData("jira.example.io", "jira.example.io")]
    [InlineData("intranet.example.org", "https://intranet.example.org/home")]
    public void Configured_globs_match_hosts(string host, string glob) => Assert.Equal(glob, Globs.Match(host));

    [Theory]
    [InlineData("corp.example.com")]
    [InlineData("jira.example.io.evil.com")]
    [InlineData("xjira.example.io")]
    public void Globs_match_whole_host_names(string host) => Assert.Null(Globs.Match(host));

    [Theory]
    [InlineData("voir http://wiki.corp.example.com/page.", "http://wiki.corp.example.com/page")]
    [InlineData("voir https://user:pw@10.1.2.3:8443/x?y=1, merci", "https://user:pw@10.1.2.3:8443/x?y=1")]
    [InlineData("voir http://[::1]:8080/", "http://[::1]:8080/")]
    [InlineData("voir file:///C:/Users/jean/plan.xlsx", "file:///C:/Users/jean/plan.xlsx")]
    [InlineData("voir smb://nas/partage", "smb://nas/partage")]
    [InlineData("sur \\\\srv-fichiers\\commun\\budget.xlsx.", "\\\\srv-fichiers\\commun\\budget.xlsx")]
    [InlineData("sur \\srv-fichiers\\commun (lu depuis Markdown)", "\\srv-fichiers\\commun")]
    [InlineData("sur localhost:3000/admin", "localhost:3000/admin")]
    [InlineData("sur 192.168.0.10:8080", "192.168.0.10:8080")]
    [InlineData("sur jira.example.io/browse/OPS-12 ou ailleurs", "jira.example.io/browse/OPS-12")]
    [InlineData("sur nas.lan.", "nas.lan")]
    public void Internal_links_are_found_whole(string text, string link)
    {
        var (_, found, _) = Assert.Single(InternalLinkScanner.Find(text, Globs));

        Assert.Equal(link, found);
    }

    [Theory]
    [InlineData("Testez en localhost, puis publiez.")]
    [InlineData("https://example.com/intranet.corp et https://www.free.fr")]
    [InlineData("écrivez à admin@intranet.corp")]
    [InlineData("le commerce local. Local aussi. C'est fini.Local")]
    [InlineData("DNS 212.27.40.240 et 8.8.8.8, version 10.0.1")]
    [InlineData("C:\\Users\\jean\\plan.xlsx")]
    public void Public_and_look_alike_text_is_not_reported(string text) => Assert.Empty(InternalLinkScanner.Find(text, Globs));
}
