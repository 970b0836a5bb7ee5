using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>
/// A compiled script loaded in a collectible context, held by one rule. Rules loaded from the same
/// compiled script share the context; dispose to release it (the last release unloads it). A script
/// of the shipped pack is a class of an assembly loaded once per process, never unloaded.
/// </summary>
public sealed class LoadedScript : IDisposable
{
    private readonly SharedScriptAssembly? _assembly;
    private readonly Type? _shippedType;
    private int _disposed;

    private LoadedScript(Type shippedType)
    {
        _shippedType = shippedType;
        FromCache = true;
        Shared = true;
    }

    internal LoadedScript(SharedScriptAssembly assembly, bool fromCache, bool shared = false)
    {
        _assembly = assembly;
        FromCache = fromCache;
        Shared = shared;
    }

    /// <summary>A rule class of the shipped pack's compiled scripts (an <see cref="IScriptRule"/>, <see cref="IPostScript"/> or <see cref="IRunScript"/>).</summary>
    public static LoadedScript Shipped(Type type) =>
        new[] { ScriptLevel.Text, ScriptLevel.Post, ScriptLevel.Run }.Any(level => ScriptLevels.InterfaceOf(level).IsAssignableFrom(type))
            ? new LoadedScript(type)
            : throw new ArgumentException($"{type.FullName} is not a script rule.", nameof(type));

    /// <summary>True when the assembly came from the on-disk cache (the compiler was not used).</summary>
    public bool FromCache { get; }

    /// <summary>True when the assembly was already loaded for another rule, and is shared with it.</summary>
    public bool Shared { get; }

    /// <summary>A weak reference to the load context, to observe that unloading completed (tests).</summary>
    public WeakReference ContextReference => new(_assembly?.Context);

    /// <summary>A new instance of the rule class (field initializers run here: call it inside a budget).</summary>
    public object CreateInstance() =>
        Activator.CreateInstance(Volatile.Read(ref _disposed) == 0 && (_shippedType ?? _assembly?.Type) is { } type ? type : throw new ObjectDisposedException(nameof(LoadedScript)))!;

    /// <summary>Releases this rule's hold on the context; it is unloaded once no rule holds it and no instance is referenced.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _assembly?.Release();
        }
    }
}
