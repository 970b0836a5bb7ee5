using ContentLint.Cli.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Cli.Tests.Commands;

/// <summary><c>rules eject</c> and overrides through the real executable: the copy replaces the shipped rule.</summary>
public sealed class EjectTests : IDisposable
{
    // A post CL3006 (type-contradicted) reports: declared dialogue, reads as a promotion.
    private const string Post = "---\nchannel: instagram\ntype: dialogue\nlang: fr\n---\n-20 % sur toute la collection avec le code NOEL. Commandez avant dimanche !\n";

    private readonly TempRepo _repo = new();
    private readonly string _ruleFile = FileName(ShippedRuleFiles.Find("CL3006")!.Name);

    public EjectTests()
    {
        _repo.Write("contentlint.yaml", "rules: [brand/rules]\n");
        _repo.Write("brand/rules/README.md", "Our rules.\n");
        _repo.Write("posts/a.md", Post);
    }

    [Fact]
    public void An_ejected_rule_overrides_the_shipped_one_in_check_and_rules_list()
    {
        var eject = Run("rules", "eject", "type-contradicted");
        var path = Path.Combine(_repo.Root, "brand/rules", _ruleFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("message: \"", "message: \"EJECTED ", StringComparison.Ordinal));
        var check = Run("check", "posts");
        var list = Run("rules", "list");

        Assert.Equal(0, eject.ExitCode);
        Assert.Contains($"wrote brand/rules/{_ruleFile}\n", eject.Stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote brand/rules/{FileName(ShippedRuleFiles.Find("CL3006")!.CasesName!)}\n", eject.Stdout, StringComparison.Ordinal);
        Assert.Contains("CL3006 in brand/rules now overrides the shipped rule", eject.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning CL3006: EJECTED Declared 'dialogue'", check.Stdout, StringComparison.Ordinal);
        Assert.Single(check.Stdout.Split('\n'), l => l.Contains("warning CL3006", StringComparison.Ordinal));
        Assert.Contains($"  [brand/rules/{_ruleFile}; overrides the shipped rule]", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 shipped rule(s) overridden by your files.", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eject_never_overwrites()
    {
        Run("rules", "eject", "CL3006");
        var again = Run("rules", "eject", "CL3006");

        Assert.Equal(2, again.ExitCode);
        Assert.Equal($"contentlint: error: brand/rules/{_ruleFile} already exists; 'rules eject' never overwrites (remove it or choose another --to)\n", again.Stderr);
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error_with_a_suggestion()
    {
        var result = Run("rules", "eject", "type-contradictd");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("contentlint: error: no shipped rule 'type-contradictd'; did you mean 'type-contradicted'? ('contentlint rules list' shows them all)\n", result.Stderr);
    }

    [Fact]
    public void Without_a_rules_folder_it_ejects_into_rules_and_says_the_folder_must_be_loaded()
    {
        _repo.Write("contentlint.yaml", "lang: fr\n");

        var result = Run("rules", "eject", "CL3006");
        var to = Run("rules", "eject", "CL3006", "--to", "elsewhere");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_repo.Root, "rules", _ruleFile)));
        Assert.Contains("add it to 'rules:' in contentlint.yaml", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote elsewhere/{_ruleFile}", to.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_rule_with_a_shipped_name_and_another_id_is_an_error()
    {
        _repo.Write("brand/rules/ACME100.copy.yaml", "id: ACME100\nname: type-contradicted\ntitle: A copy.\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: \"copy\"\nterms: [NOEL]\n");

        var result = Run("check", "posts");

        Assert.Contains("the name 'type-contradicted' is the shipped rule CL3006's; a rule that overrides it keeps its ID, any other rule needs another name", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning CL3006: Declared 'dialogue'", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();

    private static string FileName(string packPath) => packPath[(packPath.LastIndexOf('/') + 1)..];

    private ProcessResult Run(params string[] args) => ContentLintProcess.Run(_repo.Root, args);
}
