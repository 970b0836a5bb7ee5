using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Upper-case words that are not shouting without any configuration: common French and English
/// acronyms of business, administration and the web that contain a vowel (a word in capitals
/// without one, <c>HTML</c>, <c>CQFD</c>, is taken for an acronym anyway). <c>voice.acronyms</c> adds
/// the brand's own.
/// </summary>
public static class KnownAcronyms
{
    private static readonly ConditionalWeakTable<ContentPolicy, FrozenSet<string>> WithConfigured = [];

    /// <summary>The shipped list plus the configuration's <c>voice.acronyms</c>, built once per configuration.</summary>
    public static IReadOnlySet<string> Of(ContentPolicy policy) =>
        WithConfigured.GetValue(policy, p => Default.Concat(p.Acronyms.Select(a => a.Trim())).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The shipped list (documented in CL4004).</summary>
    public static FrozenSet<string> Default { get; } = new[]
    {
        // Business and jobs (French)
        "PME", "TPE", "ETI", "PMI", "RH", "DRH", "PDG", "DG", "DSI", "DAF", "RSE", "CDI", "CDD", "SMIC", "TVA", "HT", "TTC",
        "SAV", "CGV", "CGU", "RIB", "IBAN", "BIC", "PIB", "BTP", "ESN", "SSII", "CSE", "QVT", "BTS", "IUT", "MBA", "CV",
        "SIREN", "SIRET", "APE", "URSSAF", "CAF", "CPAM", "APEC", "INSEE", "INPI", "BPI", "CNIL", "RGPD", "CNRS", "AFP",
        "SNCF", "RATP", "EDF", "RER", "TGV", "TER", "UE", "ONU", "OMS", "OTAN", "JO", "DOM", "TOM", "FAQ", "MAJ", "CSA", "INA", "CAC",
        // Business and jobs (English)
        "CEO", "CTO", "CFO", "COO", "CMO", "CIO", "CSR", "HR", "PR", "QA", "ROI", "KPI", "OKR", "CRM", "ERP", "B2B", "B2C",
        "SEO", "SEM", "SMB", "SME", "VAT", "GDP", "USA", "UK", "EU", "UN", "NATO", "NASA", "WHO", "FYI", "ASAP", "DIY",
        "DM", "PM", "AM", "ETA", "RSVP", "TBD", "TBA", "AMA", "NDA", "IPO", "ESG", "DEI", "VIP",
        // Technology and media
        "AI", "IA", "API", "SDK", "IT", "TV", "PC", "PDF", "URL", "HTML", "CSS", "HTTP", "HTTPS", "SMS", "MMS", "GPS",
        "USB", "NFT", "VR", "AR", "IOT", "SaaS", "CMS", "UX", "UI", "RSS", "QR", "LED", "DVD", "CD", "MP3", "JPEG", "PNG",
        "GIF", "WIFI", "DNS", "IP", "VPN", "SQL", "AWS", "GPU", "CPU", "RAM", "SSD", "OS", "IOS", "BBC", "CNN",
        // Well-known company names written in capitals
        "IBM", "BNP", "AXA", "LVMH", "KPMG", "PWC", "EY", "HSBC", "IKEA", "BMW", "SAP", "AMEX", "ING", "SFR", "TF1",
    }.ToFrozenSet(StringComparer.Ordinal);
}
