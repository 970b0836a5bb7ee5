using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// The policy's confidential lists, built once per configuration and reused for every post checked
/// with it (a term matcher costs more to build than to run); released with the configuration.
/// </summary>
public static class PolicyLists
{
    private static readonly ConditionalWeakTable<ContentPolicy, ListMatcher> Terms = [];
    private static readonly ConditionalWeakTable<ContentPolicy, ListMatcher> Clients = [];
    private static readonly ConditionalWeakTable<ContentPolicy, EmbargoSchedule> Schedules = [];
    private static readonly ConditionalWeakTable<ContentPolicy, FigureAnchors> Anchors = [];

    /// <summary><c>confidential.terms</c>, matched with their plurals.</summary>
    public static ListMatcher ConfidentialTerms(ContentPolicy policy) => Terms.GetValue(policy, p => new ListMatcher(p.ConfidentialTerms));

    /// <summary><c>confidential.clients</c>, matched with their plurals.</summary>
    public static ListMatcher NdaClients(ContentPolicy policy) => Clients.GetValue(policy, p => new ListMatcher(p.NdaClients));

    /// <summary><c>embargoes:</c>, each term with its date.</summary>
    public static EmbargoSchedule Embargoes(ContentPolicy policy) => Schedules.GetValue(policy, p => new EmbargoSchedule(p.Embargoes));

    /// <summary>Everything a figure must not stand next to: confidential terms, NDA clients, embargoed topics.</summary>
    public static FigureAnchors FigureAnchors(ContentPolicy policy) => Anchors.GetValue(policy, p => new FigureAnchors(p));
}
