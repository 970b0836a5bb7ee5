using System.Runtime.CompilerServices;
using ContentLint.Core.Channels.Counting.Emoji;
using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Documents.Markdown;

namespace ContentLint.Core.Engine;

/// <summary>
/// The tables every check builds once per process before its first post is done: the emoji
/// sequences, twitter-text's top-level domains and Markdown's pipeline. Building them is a
/// noticeable share of a one-file run; <see cref="Build"/> lets a host build them on another thread
/// while its main thread reads the configuration. Idempotent and thread-safe (type initializers).
/// </summary>
public static class StartupTables
{
    /// <summary>Builds every table now (each at most once per process).</summary>
    public static void Build()
    {
        RuntimeHelpers.RunClassConstructor(typeof(EmojiMatcher).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(TldMatcher).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(MarkdownTextExtractor).TypeHandle);
    }
}
