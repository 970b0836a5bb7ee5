using ContentLint.Core.Configuration;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.RuleHost.Host;

/// <summary>
/// The scripts the host has loaded for one configuration, and the linter that runs them. The first
/// rule loaded with an ID keeps it, as in the parent (which refuses a later file with the same ID).
/// </summary>
/// <param name="configuration">The configuration the scripts run with (posts arrive parsed by the parent).</param>
internal sealed class HostSession(LintConfiguration configuration) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PostRule> _postRules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BatchRule> _batchRules = new(StringComparer.Ordinal);
    private Linter? _linter;

    /// <summary>The configuration.</summary>
    public LintConfiguration Configuration => configuration;

    /// <summary>A linter with exactly the per-post scripts loaded so far.</summary>
    public Linter Linter
    {
        get
        {
            lock (_lock)
            {
                return _linter ??= new Linter(configuration, [.. _postRules.Values]);
            }
        }
    }

    /// <summary>Keeps a loaded rule; false when nothing was loaded or its ID is already taken (the rule is then disposed).</summary>
    public bool Add(PostRule? postRule, BatchRule? batchRule)
    {
        lock (_lock)
        {
            if (postRule is not null && _postRules.TryAdd(postRule.Descriptor.Id, postRule))
            {
                _linter = null;
                return true;
            }

            if (batchRule is not null && _batchRules.TryAdd(batchRule.Descriptor.Id, batchRule))
            {
                return true;
            }
        }

        (postRule as IDisposable)?.Dispose();
        (batchRule as IDisposable)?.Dispose();
        return false;
    }

    /// <summary>The per-post rule loaded with <paramref name="id"/>, or null.</summary>
    public PostRule? PostRule(string id)
    {
        lock (_lock)
        {
            return _postRules.GetValueOrDefault(id);
        }
    }

    /// <summary>The run-level rule loaded with <paramref name="id"/>.</summary>
    public BatchRule BatchRule(string id)
    {
        lock (_lock)
        {
            return _batchRules.TryGetValue(id, out var rule) ? rule : throw new InvalidOperationException($"The run-level rule {id} is not loaded in the rule host.");
        }
    }

    /// <summary>Throws unless every rule of <paramref name="ids"/> is loaded (a batch naming an unknown rule is the parent's bug, not a silent skip).</summary>
    public void RequireLoaded(IEnumerable<string> ids)
    {
        lock (_lock)
        {
            if (ids.FirstOrDefault(id => !_postRules.ContainsKey(id)) is { } missing)
            {
                throw new InvalidOperationException($"The rule {missing} is not loaded in the rule host.");
            }
        }
    }

    /// <summary>Unloads the scripts.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var rule in _postRules.Values.Concat<object>(_batchRules.Values).OfType<IDisposable>())
            {
                rule.Dispose();
            }
        }
    }
}
