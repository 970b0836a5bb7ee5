using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.RuleHost.Protocol;

/// <summary>Turns findings into what crosses the pipe and back, keeping the message and its arguments byte for byte.</summary>
public static class WireCodec
{
    /// <summary>The wire form of <paramref name="diagnostic"/> (of file <paramref name="document"/> of a run-level batch).</summary>
    public static WireDiagnostic ToWire(Diagnostic diagnostic, int document = 0) => new(
        diagnostic.Rule.Id,
        diagnostic.Span.Start,
        diagnostic.Span.Length,
        diagnostic.Message,
        diagnostic.MessageArguments is { } args ? [.. args.Select(a => ToWire(a.Name, a.Value))] : null,
        [.. diagnostic.Fixes.Select(f => new WireFix(f.Title, [.. f.Edits.Select(e => new WireEdit(e.Span.Start, e.Span.Length, e.NewText))]))],
        diagnostic.PostId,
        document);

    /// <summary>The finding again, reported by <paramref name="rule"/> (looked up by the parent from <see cref="WireDiagnostic.Rule"/>).</summary>
    public static Diagnostic FromWire(WireDiagnostic wire, RuleDescriptor rule) =>
        new Diagnostic(
            rule,
            new TextSpan(wire.Start, wire.Length),
            wire.Message,
            [.. wire.Fixes.Select(f => new CodeFix(f.Title, [.. f.Edits.Select(e => new TextEdit(new TextSpan(e.Start, e.Length), e.NewText))]))],
            wire.PostId)
        {
            MessageArguments = wire.Arguments is { } args ? [.. args.Select(FromWire)] : null,
        };

    private static WireArgument ToWire(string name, object? value) => value switch
    {
        null => new(name, null, null, null),
        LocalizedString localized => new(name, localized.En, localized.Fr, null),
        int or long or short or byte or sbyte or ushort or uint => new(name, null, null, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        _ => new(name, Convert.ToString(value, CultureInfo.InvariantCulture), null, null),
    };

    private static (string Name, object? Value) FromWire(WireArgument argument) => argument switch
    {
        { French: { } french } => (argument.Name, new LocalizedString(argument.Text ?? string.Empty, french)),
        { Number: { } number } => (argument.Name, number is >= int.MinValue and <= int.MaxValue ? (int)number : number),
        _ => (argument.Name, argument.Text),
    };

    /// <summary>Every finding of <paramref name="wires"/>, with the rules looked up in <paramref name="rules"/>.</summary>
    public static ImmutableArray<Diagnostic> FromWire(IEnumerable<WireDiagnostic> wires, Func<string, RuleDescriptor> rules) =>
        [.. wires.Select(w => FromWire(w, rules(w.Rule)))];
}
