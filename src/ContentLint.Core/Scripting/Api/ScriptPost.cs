using System.Collections.Immutable;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api;

/// <summary>The post a script checks: its metadata and all its texts.</summary>
public sealed class ScriptPost
{
    private readonly Post _post;
    private IReadOnlyDictionary<string, object?>? _fields;

    internal ScriptPost(Post post)
    {
        _post = post;
        Channels = [.. post.Channels.Select(c => c.Value.ToLowerInvariant())];
        Parts = [.. post.Parts.Select(p => p.Text)];
    }

    /// <summary>The post's ID (calendar <c>id</c>, else the file name).</summary>
    public string Id => _post.Id;

    /// <summary>Every channel it is published on, lower case.</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>Who speaks (<c>persona</c>), or null.</summary>
    public string? Persona => _post.Persona?.Value;

    /// <summary>The declared message type, <c>promo</c> or <c>dialogue</c>, or null.</summary>
    public string? Type => _post.Type?.Value switch
    {
        PostType.Promo => "promo",
        PostType.Dialogue => "dialogue",
        _ => null,
    };

    /// <summary>True when the declared type is <c>promo</c>.</summary>
    public bool IsPromo => _post.Type?.Value == PostType.Promo;

    /// <summary>The declared language (BCP 47, e.g. <c>fr</c>, <c>en-GB</c>), or null.</summary>
    public string? Lang => _post.Lang?.Value;

    /// <summary>The planned publication time, or null.</summary>
    public DateTimeOffset? PublishAt => _post.PublishAt?.Value;

    /// <summary>True when the post is a thread of several parts.</summary>
    public bool IsThread => _post.IsThread;

    /// <summary>The reader-visible text of each thread part (one entry when not a thread), without channel variants.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Every front-matter or calendar field as written: a string for scalars, a list or a map of the same for collections.</summary>
    /// <remarks>Built at the first read: most rules never look (a tenth of a batch host's processor time went to building it for each rule and post).</remarks>
    public IReadOnlyDictionary<string, object?> Fields => _fields ??= _post.Fields.ToImmutableDictionary(f => f.Key, f => f.Value.Value);

    /// <summary>A scalar field's value, or null when the field is absent or not a scalar.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value as string : null;

    /// <inheritdoc />
    public override string ToString() => Id;
}
