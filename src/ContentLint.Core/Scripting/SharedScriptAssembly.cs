using System.Runtime.Loader;

namespace ContentLint.Core.Scripting;

/// <summary>
/// One loaded script assembly, shared by every rule loaded from the same compiled script (same cache
/// key) while any of them is alive: a language server that reloads its configuration after one script
/// changed loads that script again, not all of them. Unloaded when its last lease is released.
/// </summary>
internal sealed class SharedScriptAssembly(string key, AssemblyLoadContext context, Type type, Action<SharedScriptAssembly> unloaded)
{
    private readonly Lock _lock = new();
    private Type? _type = type;
    private int _leases = 1;

    public string Key => key;

    public AssemblyLoadContext Context => context;

    /// <summary>The rule class, or null once unloaded.</summary>
    public Type? Type => Volatile.Read(ref _type);

    /// <summary>Takes one more lease; false when the assembly is already unloading (load it again).</summary>
    public bool TryAcquire()
    {
        lock (_lock)
        {
            if (_leases == 0)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    /// <summary>Releases a lease; the last one unloads the context.</summary>
    public void Release()
    {
        lock (_lock)
        {
            if (_leases == 0 || --_leases > 0)
            {
                return;
            }

            _type = null;
        }

        unloaded(this);
        context.Unload();
    }
}
