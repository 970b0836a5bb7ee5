using System.Reflection;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>Finds every <see cref="ILspHandler"/> of this assembly: adding a feature is adding a handler file.</summary>
internal static class HandlerRegistry
{
    public static IReadOnlyList<Type> HandlerTypes { get; } =
    [
        .. typeof(HandlerRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILspHandler).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>The protocol methods of <paramref name="handlers"/>: their <c>[JsonRpcMethod]</c> methods.</summary>
    public static IEnumerable<(ILspHandler Target, MethodInfo Method, JsonRpcMethodAttribute Attribute)> Methods(IEnumerable<ILspHandler> handlers) =>
        from handler in handlers
        from method in handler.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public)
        let attribute = method.GetCustomAttribute<JsonRpcMethodAttribute>()
        where attribute?.Name is not null
        select (handler, method, attribute);

    /// <summary>One instance of each handler, each given the shared <paramref name="context"/>.</summary>
    public static IReadOnlyList<ILspHandler> Create(ServerContext context) =>
        [.. HandlerTypes.Select(t => (ILspHandler)Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [context], null)!)];
}
