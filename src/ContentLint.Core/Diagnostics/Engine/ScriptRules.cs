using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about rule files and script rules (CL0031–CL0035); exceptions thrown by scripts are CL0030.</summary>
public static class ScriptRules
{
    /// <summary>CL0031: a script rule that does not compile.</summary>
    public static RuleDescriptor ScriptCompileError { get; } = new(
        "CL0031", "script-compile-error", "Script rules must compile.", RuleCategory.Engine, Severity.Error,
        "Script rule does not compile: {problem}",
        """
        A C# script rule (`.csx`) has a compile error at the position shown, so the rule was not loaded
        and checked nothing; the other rules ran. The message is the C# compiler's (with its `CS` code).

        Scripts use script syntax: statements at the top level, `static readonly` fields and `static`
        methods as members, and the script API (`Text`, `Tokens`, `Post`, `Channel`, `Options`,
        `Report`, `Fix`). See `docs/writing-rules.md`.
        """) { IsConfigurable = false, French = new("Les règles scriptées doivent compiler.", "La règle scriptée ne compile pas : {problem}") };

    /// <summary>CL0032: a script that uses an API outside the sandbox's allow-list.</summary>
    public static RuleDescriptor ScriptForbiddenApi { get; } = new(
        "CL0032", "script-forbidden-api", "Script rules may only use allowed APIs.", RuleCategory.Engine, Severity.Error,
        "Script rule uses {symbol}, which scripts may not use: {reason}",
        """
        Script rules run inside the linter, on every writer's machine and in CI, so they are checked
        before they run against an allow-list: primitive types, `string`, `Math`, LINQ, collections,
        `System.Text` (`StringBuilder`), regular expressions, `System.Globalization` and the script API.
        Files, network, processes, environment, reflection, `dynamic`, unsafe code, interop, threads,
        tasks, `GC`, `#r`/`#load`, `goto`, `lock` and attributes are refused; the rule is not loaded.

        **Fix**: compute what you need from the post (`Post`, `Text`, `Tokens`, `Options`); if a rule
        really needs more, write a compiled rule in `src/`.
        """) { IsConfigurable = false, French = new("Les règles scriptées ne peuvent utiliser que les API autorisées.", "La règle scriptée utilise {symbol}, interdit dans les scripts : {reason}") };

    /// <summary>CL0033: a rule file whose header cannot be used.</summary>
    public static RuleDescriptor InvalidRuleHeader { get; } = new(
        "CL0033", "invalid-rule-header", "Rule files must declare valid, unique metadata.", RuleCategory.Engine, Severity.Error,
        "Invalid rule header: {problem}",
        """
        A rule file starts with its metadata: in a `.csx` script, YAML between `/*---` and `---*/` with
        at least `id`. The ID must be unique among all loaded rules; IDs starting with `CL` must lie
        in their category's range (`CL4xxx` for `brand-voice`…), and custom rules use their own prefix
        (`ACME001`). The rule is not loaded until the header is fixed.

        ```csharp
        /*---
        id: ACME001
        name: no-competitor
        title: Competitor names are not mentioned.
        category: brand-voice
        severity: warning
        message: "Mention of competitor '{name}'"
        ---*/
        ```
        """) { IsConfigurable = false, French = new("Les fichiers de règles doivent déclarer des métadonnées valides et uniques.", "En-tête de règle invalide : {problem}") };

    /// <summary>CL0034: a script rule that went over its time, memory or recursion budget.</summary>
    public static RuleDescriptor RuleOverBudget { get; } = new(
        "CL0034", "rule-over-budget", "Script rules must finish within their budget.", RuleCategory.Engine, Severity.Error,
        "Rule {rule} went over its {budget} on post '{post}' and is disabled for the rest of the run",
        """
        A script rule ran longer than its per-post time budget (`scripts: {budgetMs: 100}` by default),
        allocated more than its allocation budget (`allocationMb`, 64 MB), recursed until the stack was
        nearly exhausted, or ran a regular expression that timed out (a catastrophic pattern such as
        `(a+)+$`). It was stopped, its findings for that post dropped, and it was disabled for the rest
        of the run; the other rules and files were checked normally.

        **Fix**: look for a loop that never ends, recursion without a base case, or a regex with nested
        quantifiers. A single library call that never returns cannot be stopped in-process; see
        `docs/writing-rules.md`.
        """) { IsConfigurable = false, French = new("Les règles scriptées doivent s’exécuter dans leur budget.", "La règle {rule} a dépassé son {budget} sur la publication « {post} » et est désactivée pour le reste de l’exécution") };

    /// <summary>CL0035: script rules were skipped.</summary>
    public static RuleDescriptor ScriptsDisabled { get; } = new(
        "CL0035", "scripts-disabled", "Script rules are skipped when scripts are disabled.", RuleCategory.Engine, Severity.Info,
        "{count} script rule(s) skipped: scripts are disabled ({reason})",
        """
        Script rules (`.csx`) run code from the content repository, so they can be turned off:
        `contentlint check --no-scripts`, or `scripts: {enabled: false}` in `contentlint.yaml` (and,
        in editors, an untrusted workspace). Declarative and built-in rules still run. This finding is
        reported once per run, on the first skipped script, so that a clean result is not mistaken for
        a full check.
        """) { French = new("Les règles scriptées sont ignorées quand les scripts sont désactivés.", "{count} règle(s) scriptée(s) ignorée(s) : les scripts sont désactivés ({reason})") };
}
