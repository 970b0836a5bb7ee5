using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Passes YamlDotNet's parser events through and stops, with a <see cref="YamlException"/> at the
/// offending event, at YAML that the representation model or the code walking it could not survive:
/// nesting deeper than <see cref="MaxDepth"/> (directly or through an alias), an alias inside the node
/// it names (a cycle), aliases expanding far beyond the text's own size ("billion laughs"), a key that
/// is a list or a map, a duplicate key, and an alias to no anchor. One pass over the events, no recursion.
/// </summary>
internal sealed class YamlGuardedParser(IParser inner) : IParser
{
    /// <summary>Deepest nesting accepted; posts and configuration need a handful of levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may add whatever the size of the text (like go-yaml's alias ratio: generous for real files).</summary>
    public const long AliasNodeAllowance = 100_000;

    /// <summary>Further nodes that aliases may add for each node or alias written out in the text.</summary>
    public const long AliasNodesPerWrittenNode = 10;

    private readonly Stack<(YamlNodeShape Shape, YamlMappingKeys? Keys)> _open = new();
    private readonly Dictionary<string, YamlNodeShape> _anchors = new(StringComparer.Ordinal);
    private long _writtenNodes;
    private long _aliasNodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case DocumentStart:
                _anchors.Clear(); // anchors are local to their document
                break;
            case Scalar scalar:
                Node(scalar, YamlNodeShape.ForScalar(scalar.Value));
                break;
            case AnchorAlias alias:
                Alias(alias);
                break;
            case SequenceStart or MappingStart:
                Open((NodeEvent)inner.Current);
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                var (shape, _) = _open.Pop();
                shape.IsOpen = false;
                Complete(shape);
                break;
        }

        return true;
    }

    private void Open(NodeEvent start)
    {
        var shape = YamlNodeShape.ForCollection(start is MappingStart);
        CheckKey(start, shape);
        if (_open.Count >= MaxDepth)
        {
            throw Fail(start, $"nesting deeper than {MaxDepth} levels");
        }

        Define(start, shape);
        _open.Push((shape, shape.IsMapping ? new YamlMappingKeys() : null));
    }

    private void Node(NodeEvent node, YamlNodeShape shape)
    {
        CheckKey(node, shape);
        Define(node, shape);
        Complete(shape);
    }

    private void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var target))
        {
            throw Fail(alias, $"alias '*{name}' refers to no anchor '&{name}' before it");
        }

        if (target.IsOpen)
        {
            throw Fail(alias, $"alias '*{name}' is inside the node '&{name}' that it repeats: an endless cycle");
        }

        if (_open.Count + target.Height > MaxDepth)
        {
            throw Fail(alias, $"alias '*{name}' nests '&{name}' deeper than {MaxDepth} levels");
        }

        _writtenNodes++; // the alias itself is text: a million '*a' to a scalar expand to no more than they read
        _aliasNodes += target.Size;
        var allowed = AliasNodeAllowance + (AliasNodesPerWrittenNode * _writtenNodes);
        if (_aliasNodes > allowed)
        {
            throw Fail(alias, $"aliases expand the YAML to more than {allowed} nodes (a 'billion laughs'): repeat less through aliases");
        }

        CheckKey(alias, target);
        Complete(target);
    }

    private void Define(NodeEvent node, YamlNodeShape shape)
    {
        _writtenNodes++;
        if (!node.Anchor.IsEmpty)
        {
            _anchors[node.Anchor.Value] = shape; // a later anchor of the same name replaces the earlier one
        }
    }

    private void CheckKey(ParsingEvent node, YamlNodeShape shape)
    {
        if (_open.Count == 0 || _open.Peek().Keys is not { } keys || !keys.ExpectsKey)
        {
            return;
        }

        if (shape.IsCollection)
        {
            throw Fail(node, $"a key must be text, not {shape.Kind}");
        }

        if (!keys.Add(shape.ScalarValue!))
        {
            throw Fail(node, $"duplicate key '{shape.ScalarValue}'");
        }
    }

    private void Complete(YamlNodeShape shape)
    {
        if (_open.Count > 0)
        {
            var (parent, keys) = _open.Peek();
            parent.Add(shape);
            keys?.Alternate();
        }
    }

    private static YamlException Fail(ParsingEvent at, string message) => new(at.Start, at.End, message);
}
