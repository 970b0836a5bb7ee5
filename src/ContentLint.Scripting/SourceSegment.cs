namespace ContentLint.Scripting;

/// <summary>A run of script text copied verbatim into the generated class.</summary>
/// <param name="GeneratedStart">Offset in the generated text.</param>
/// <param name="ScriptStart">Offset in the <c>.csx</c> file.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
internal readonly record struct SourceSegment(int GeneratedStart, int ScriptStart, int Length)
{
    public int GeneratedEnd => GeneratedStart + Length;
}
