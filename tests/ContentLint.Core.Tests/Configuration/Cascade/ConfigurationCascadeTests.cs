using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Diagnostics.Engine;

namespace ContentLint.Core.Tests.Configuration.Cascade;

/// <summary>A nested contentlint.yaml inherits from the ones above it: values override, policy lists add up.</summary>
public sealed class ConfigurationCascadeTests : IDisposable
{
    private const string Company = """
        confidential:
          terms: [Falcon]
          clients: [Acme]
          figureProximity: 5
        embargoes:
          - {term: Orion, until: 2027-01-01}
        channels:
          linkedin: {limit: 3000, fold: 200}
        personas:
          brand: {kind: brand, bannedWords: [cheap]}
        """;

    private readonly ConfigurationFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_nested_value_overrides_and_the_rest_is_inherited()
    {
        _folder.Write("contentlint.yaml", Company);
        _folder.Write("team/contentlint.yaml", "channels:\n  linkedin: {limit: 1000}\nconfidential:\n  figureProximity: 3\n");

        var config = _folder.Load("team/post.md").Configuration;

        Assert.Equal(1000, config.Channels["linkedin"].Limit);
        Assert.Equal(200, config.Channels["linkedin"].Fold);
        Assert.Equal(3, config.Policy.FigureProximity);
        Assert.Equal(["Falcon"], config.Policy.ConfidentialTerms.ToArray());
        Assert.Equal(["Acme"], config.Policy.NdaClients.ToArray());
        Assert.Equal("Orion", Assert.Single(config.Policy.Embargoes).Term);
    }

    [Fact]
    public void Policy_lists_add_up()
    {
        _folder.Write("contentlint.yaml", Company);
        _folder.Write("team/contentlint.yaml", "confidential:\n  terms: [Eagle]\nembargoes:\n  - {term: Vega, until: 2027-02-01}\npersonas:\n  brand: {bannedWords: [free]}\n");

        var policy = _folder.Load("team").Configuration.Policy;

        Assert.Equal(["Falcon", "Eagle"], policy.ConfidentialTerms.ToArray());
        Assert.Equal(["Acme"], policy.NdaClients.ToArray());
        Assert.Equal(["Orion", "Vega"], policy.Embargoes.Select(e => e.Term));
        Assert.Equal(["cheap", "free"], policy.Personas["brand"].BannedWords.ToArray());
        Assert.Equal("brand", policy.Personas["brand"].Kind);
    }

    [Fact]
    public void A_nested_file_may_tune_a_channel_declared_above()
    {
        _folder.Write("contentlint.yaml", "channels:\n  intranet: {method: graphemes, limit: 1000}\n");
        _folder.Write("team/contentlint.yaml", "channels:\n  intranet: {limit: 500}\n");

        var cascade = _folder.Load("team");

        Assert.Empty(cascade.Layers.SelectMany(l => l.Diagnostics));
        Assert.Equal(("graphemes", 500), (cascade.Configuration.Channels["intranet"].Method, cascade.Configuration.Channels["intranet"].Limit));
    }

    [Fact]
    public void Root_true_inherits_nothing()
    {
        _folder.Write("contentlint.yaml", Company);
        _folder.Write("team/contentlint.yaml", "root: true\nconfidential:\n  terms: [Eagle]\n");

        var cascade = _folder.Load("team");

        Assert.Single(cascade.Layers);
        Assert.Equal(["Eagle"], cascade.Configuration.Policy.ConfidentialTerms.ToArray());
        Assert.Empty(cascade.Configuration.Policy.NdaClients);
        Assert.False(cascade.Configuration.Channels.ContainsKey("linkedin"));
    }

    [Fact]
    public void Replace_swaps_the_named_values_only()
    {
        _folder.Write("contentlint.yaml", Company);
        _folder.Write("team/contentlint.yaml", "replace: [confidential.terms, channels]\nconfidential:\n  terms: [Eagle]\nchannels:\n  linkedin: {limit: 1000}\n");

        var config = _folder.Load("team").Configuration;

        Assert.Equal(["Eagle"], config.Policy.ConfidentialTerms.ToArray());
        Assert.Equal(["Acme"], config.Policy.NdaClients.ToArray());
        Assert.Null(config.Channels["linkedin"].Fold);
    }

    [Fact]
    public void Three_levels_add_up_in_order()
    {
        _folder.Write("contentlint.yaml", "confidential: {terms: [A]}");
        _folder.Write("a/contentlint.yaml", "confidential: {terms: [B]}");
        _folder.Write("a/b/c/contentlint.yaml", "confidential: {terms: C}");

        var cascade = _folder.Load("a/b/c/d/post.md");

        Assert.Equal(["A", "B", "C"], cascade.Configuration.Policy.ConfidentialTerms.ToArray());
        Assert.Equal(["contentlint.yaml", "a/contentlint.yaml", "a/b/c/contentlint.yaml"], cascade.Layers.Select(l => l.DisplayPath));
    }

    [Fact]
    public void Errors_are_reported_at_their_position_in_the_nested_file()
    {
        _folder.Write("contentlint.yaml", Company);
        var nested = "confidential:\n  terms: [Eagle]\nchannels:\n  linkedin: {limit: -5}\nreplace: [confidential.tems]\n";
        _folder.Write("team/contentlint.yaml", nested);

        var cascade = _folder.Load("team");

        Assert.True(cascade.HasErrors);
        Assert.Empty(cascade.Layers[0].Diagnostics);
        var errors = cascade.Layers[1].Diagnostics;
        Assert.All(errors, d => Assert.Equal(ConfigRules.InvalidConfigValue, d.Rule));
        Assert.Equal(["-5", "confidential.tems"], errors.Select(d => nested.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void A_nested_file_that_does_not_parse_is_reported_on_itself()
    {
        _folder.Write("contentlint.yaml", Company);
        _folder.Write("team/contentlint.yaml", "confidential:\n  terms: [Eagle\n");

        var cascade = _folder.Load("team");

        Assert.True(cascade.HasErrors);
        Assert.Equal(ConfigRules.InvalidConfig, Assert.Single(cascade.Layers[1].Diagnostics).Rule);
        Assert.Empty(cascade.Layers[0].Diagnostics);
    }

    [Fact]
    public void The_nearest_configuration_is_the_one_in_the_closest_folder()
    {
        var top = _folder.Write("contentlint.yaml", Company);
        var team = _folder.Write("team/contentlint.yaml", "fields: [campaign]");
        _folder.Write("team/deep/post.md", "---\nchannel: x\n---\nHi");

        Assert.Equal(team, ConfigurationDiscovery.ConfigFileFor(Path.Combine(_folder.Root, "team/deep/post.md")));
        Assert.Equal(team, ConfigurationDiscovery.ConfigFileFor(Path.Combine(_folder.Root, "team")));
        Assert.Equal(top, ConfigurationDiscovery.ConfigFileFor(Path.Combine(_folder.Root, "post.md")));
    }
}
