using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>
/// Runs CL3006 on corpus posts the way a user would meet it: each post becomes a calendar entry on X with
/// a declared type and its language, and is checked by a linter with the shipped CL3006 (the other rules
/// of the pack left out: they cannot change its findings, and they would make the evaluation minutes long).
/// </summary>
internal sealed class TypeEvaluation
{
    private static readonly JsonSerializerOptions Exact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Linter _linter = new(
        LintConfiguration.CreateDefault(Path.GetTempPath()),
        BuiltInRules.Shipped.CreatePostRules().Where(r => r.Descriptor.Id == "CL3006"));
    private readonly Dictionary<(string Id, string Declared), bool> _flagged = [];

    /// <summary>True when the post, declared <paramref name="declared"/>, gets CL3006.</summary>
    public bool IsFlagged(CorpusPost post, string declared)
    {
        if (!_flagged.TryGetValue((post.Id, declared), out var flagged))
        {
            // A JSON string is a YAML double-quoted scalar: the post's text arrives exactly, Markdown untouched.
            var yaml = $"posts:\n  - id: p\n    channel: x\n    type: {declared}\n{(post.Lang is null ? string.Empty : $"    lang: {post.Lang}\n")}    text: {JsonSerializer.Serialize(post.Text, Exact)}\n";
            var result = _linter.Lint(new SourceDocument("eval.posts.yaml", yaml));
            Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CL00", StringComparison.Ordinal) && f.Severity == Core.Diagnostics.Severity.Error);
            flagged = result.Findings.Any(f => f.RuleId == "CL3006");
            _flagged[(post.Id, declared)] = flagged;
        }

        return flagged;
    }

    /// <summary>How the classifier read the post: <c>promo</c>, <c>dialogue</c> or <c>neither</c> (from the two declarations).</summary>
    public string Reading(CorpusPost post) =>
        IsFlagged(post, "dialogue") ? "promo" : IsFlagged(post, "promo") ? "dialogue" : "neither";

    /// <summary>Share of <paramref name="posts"/> declared <paramref name="declared"/> that get CL3006.</summary>
    public (int Flagged, int Total) Rate(IEnumerable<CorpusPost> posts, string declared)
    {
        var list = posts.ToList();
        return (list.Count(p => IsFlagged(p, declared)), list.Count);
    }
}
