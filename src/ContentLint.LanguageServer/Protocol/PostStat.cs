namespace ContentLint.LanguageServer.Protocol;

/// <summary>One text of a post measured on one channel: what the counter in the editor shows.</summary>
internal sealed record PostStat(string Id, LspRange Range, string Channel, int Count, int Limit, string Method)
{
    /// <summary>1-based thread part, when the post is a thread.</summary>
    public int? Part { get; init; }

    /// <summary>True when the text comes from <c>variants:</c>.</summary>
    public bool? Variant { get; init; }

    /// <summary>UTF-8 bytes, when the channel also limits bytes.</summary>
    public int? Bytes { get; init; }

    public int? ByteLimit { get; init; }

    public bool OverLimit { get; init; }
}
