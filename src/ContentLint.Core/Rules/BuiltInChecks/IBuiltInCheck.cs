namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>
/// An algorithm a rule file of the default pack names with <c>kind: builtin</c> and <c>check: NAME</c>
/// (checksums, classifiers, typography): the file holds the metadata, filters, options and docs;
/// the class holds the code. Implementations in this assembly are discovered by name.
/// </summary>
public interface IBuiltInCheck
{
    /// <summary>Name used in rule files (<c>check: iban</c>).</summary>
    string Name { get; }

    /// <summary>Checks one post; reports through <paramref name="context"/> with the rule's message placeholders.</summary>
    void Check(PostRuleContext context, BuiltInOptions options);
}
