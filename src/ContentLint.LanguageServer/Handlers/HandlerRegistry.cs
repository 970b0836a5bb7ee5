using System.Reflection;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>Finds every <see cref="ILspHandler"/> of this assembly and builds it: adding a feature is adding a handler file.</summary>
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

    /// <summary>
    /// One instance of each handler, built with its constructor: each parameter is the one component of
    /// <paramref name="components"/> of that type, so a handler states in its constructor exactly what it uses.
    /// </summary>
    public static IReadOnlyList<ILspHandler> Create(IReadOnlyCollection<object> components) =>
        [.. HandlerTypes.Select(t => Construct(t, components))];

    private static ILspHandler Construct(Type type, IReadOnlyCollection<object> components)
    {
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic) switch
        {
            [var single] => single,
            var many => throw new InvalidOperationException($"{type.Name} has {many.Length} constructors; a handler has one, taking what it uses."),
        };
        var arguments = constructor.GetParameters().Select(p => components.Where(p.ParameterType.IsInstanceOfType).ToList() switch
        {
            [var single] => single,
            [] => throw new InvalidOperationException($"{type.Name} needs a {p.ParameterType.Name}, which the server does not have."),
            _ => throw new InvalidOperationException($"{type.Name} needs a {p.ParameterType.Name}, and the server has several."),
        });
        return (ILspHandler)constructor.Invoke([.. arguments]);
    }
}
