using System.Reflection;
using System.Runtime.Loader;

namespace ContentLint.Core.Scripting;

/// <summary>
/// A collectible load context holding one compiled script. Its references (ContentLint.Core, the
/// framework) resolve to the default context, so the script's <see cref="Api.IScriptRule"/> is the
/// engine's. Unloading frees the script's code once nothing references its types.
/// </summary>
internal sealed class ScriptLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
