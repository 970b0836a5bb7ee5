using System.Collections.Immutable;

namespace ContentLint.Core.Channels;

/// <summary>
/// A channels data file (<c>channels.yaml</c>, the shape of the one embedded in ContentLint.Core):
/// every channel with its counting method, limits, fold, caps, style and display names, and the
/// aliases accepted for them.
/// </summary>
/// <param name="Channels">The channels, in the file's order.</param>
/// <param name="Aliases">Alias → channel name, case-insensitive.</param>
public sealed record ChannelFile(ImmutableArray<ChannelDefinition> Channels, ImmutableDictionary<string, string> Aliases)
{
    /// <summary>Reads a channels file, validated in full.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="path">Its name, for messages.</param>
    /// <exception cref="ChannelFileException">The file is malformed; the exception lists every problem with its line.</exception>
    public static ChannelFile Parse(string yaml, string path) => new ChannelFileReader(path).Read(yaml);
}

/// <summary>A malformed channels file; for the embedded one, a build defect (a test loads it).</summary>
public sealed class ChannelFileException : Exception
{
    /// <summary>The problems of <paramref name="path"/>, each <c>line: message</c>.</summary>
    public ChannelFileException(string path, IReadOnlyList<string> problems)
        : base($"{path} is not a valid channels file:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => $"  {path}:{p}"))}")
    {
        Problems = problems;
    }

    /// <summary>Each problem as <c>line: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
