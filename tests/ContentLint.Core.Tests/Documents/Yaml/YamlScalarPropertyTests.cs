using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static ContentLint.Core.Tests.Documents.Yaml.YamlTestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlScalarPropertyTests
{
    [Property(MaxTest = 2000)]
    public Property Every_emitted_scalar_maps_back_to_its_value() =>
        Prop.ForAll(Arb.From(YamlScalarGenerators.Emitted), scalar =>
        {
            var source = scalar.Emit();
            if (TryScalars(source) is not { } nodes)
            {
                return;
            }

            // YamlDotNet's emitter mishandles tabs at line edges (it writes them unquoted or folds
            // them away), writes a value of only line breaks as a block whose clip chomping drops
            // one, and breaks folded lines at runs of spaces, turning a space into a line break: the
            // round trip is only checked without those.
            if (!scalar.Value.Contains('\t') && scalar.Value.Trim('\n').Length > 0 && nodes[^1].Style != ScalarStyle.Folded)
            {
                Assert.Equal(scalar.Value, nodes[^1].Value);
            }

            foreach (var node in nodes)
            {
                var mapped = YamlScalarMapper.Map(source, node);
                Assert.Equal(node.Value, mapped.Text);
                AssertRunsConsistent(source, mapped);
                var scalarSpan = TextSpan.FromBounds((int)node.Start.Index, (int)node.End.Index);
                Assert.All(mapped.Map.Runs, run => Assert.True(scalarSpan.Contains(new TextSpan(run.SourceStart, run.SourceLength))));
            }
        });

    [Property(MaxTest = 2000)]
    public Property An_accepted_replacement_reads_back_as_the_edited_value() =>
        Prop.ForAll(
            Arb.From(
                from scalar in YamlScalarGenerators.Emitted
                from replacement in YamlScalarGenerators.Replacement
                from a in Gen.Choose(0, 1000)
                from b in Gen.Choose(0, 1000)
                select (scalar, replacement, a, b)),
            testCase =>
            {
                var (scalar, replacement, a, b) = testCase;
                var source = scalar.Emit();
                if (TryScalars(source) is not { } nodes)
                {
                    return;
                }

                var node = nodes[^1];
                var mapped = YamlScalarMapper.Map(source, node);
                var value = mapped.Text;

                // Block scalars: stay clear of leading and trailing line breaks, whose meaning depends on
                // chomping and on the first line's indentation (see the encoders' remarks).
                var isBlock = node.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                var low = isBlock ? value.Length - value.TrimStart('\n').Length : 0;
                var high = isBlock ? value.TrimEnd('\n').Length : value.Length;
                if (low > high)
                {
                    return;
                }

                var start = low + (a % (high - low + 1));
                var end = start + (b % (high - start + 1));
                var span = TextSpan.FromBounds(start, end);
                var edited = Replace(source, mapped, span, replacement);
                if (edited is null)
                {
                    return;
                }

                var expected = string.Concat(value.AsSpan(0, start), replacement, value.AsSpan(end));
                var reparsed = Scalars(edited)[^1];
                Assert.True(expected == reparsed.Value,
                    $"{node.Style}: replacing [{start}..{end}) with \"{EmittedScalar.Escape(replacement)}\"\n"
                    + $"source:\n{source}\nedited:\n{edited}\nexpected \"{EmittedScalar.Escape(expected)}\"\nread \"{EmittedScalar.Escape(reparsed.Value ?? "<null>")}\"");
            });

    // Some values make YamlDotNet's emitter write YAML that YamlDotNet cannot read back (tabs at
    // line edges, a literal block whose first line is spaces) or that holds no scalar (a lone
    // tab written unquoted): nothing to map there.
    private static IReadOnlyList<YamlScalarNode>? TryScalars(string source)
    {
        try
        {
            var nodes = Scalars(source);
            return nodes.Count > 0 ? nodes : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }
}
