using System.Runtime.Loader;
using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>A compiled script loaded in its own collectible context. Dispose to unload it.</summary>
public sealed class LoadedScript : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private Type? _type;

    internal LoadedScript(AssemblyLoadContext context, Type type, bool fromCache)
    {
        _context = context;
        _type = type;
        FromCache = fromCache;
    }

    /// <summary>True when the assembly came from the on-disk cache (the compiler was not used).</summary>
    public bool FromCache { get; }

    /// <summary>A weak reference to the load context, to observe that unloading completed (tests).</summary>
    public WeakReference ContextReference => new(_context);

    /// <summary>A new instance of the rule class (field initializers run here: call it inside a budget).</summary>
    public IScriptRule CreateInstance() =>
        (IScriptRule)Activator.CreateInstance(_type ?? throw new ObjectDisposedException(nameof(LoadedScript)))!;

    /// <summary>Starts unloading the context; completes once no instance is referenced.</summary>
    public void Dispose()
    {
        if (_type is not null)
        {
            _type = null;
            _context.Unload();
        }
    }
}
