namespace ContentLint.Core.Tests.Architecture;

/// <summary>A file of one top folder of ContentLint.Core naming a type declared in another.</summary>
/// <param name="FromFolder">The folder of the referencing file (first path segment under src/ContentLint.Core).</param>
/// <param name="ToFolder">The folder declaring the referenced type.</param>
/// <param name="FromFile">The referencing file, relative to src/ContentLint.Core.</param>
/// <param name="TypeName">The referenced type's name.</param>
internal sealed record FolderReference(string FromFolder, string ToFolder, string FromFile, string TypeName);
