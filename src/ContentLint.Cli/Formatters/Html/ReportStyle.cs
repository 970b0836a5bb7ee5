namespace ContentLint.Cli.Formatters.Html;

/// <summary>The report's stylesheet, inlined: the file must render the same with no network and no other file.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; color: #1f2328; }
        h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
        dl.summary { display: flex; flex-wrap: wrap; gap: 1rem; } dl.summary div { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem 1rem; min-width: 7rem; }
        dt { color: #57606a; font-size: .85rem; } dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
        .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 1rem 0; } figcaption { font-weight: 600; margin-bottom: .25rem; }
        svg text { font: 12px system-ui, sans-serif; fill: #1f2328; }
        svg .bar { fill: #0969da; } svg .bar.over { fill: #cf222e; } svg .track { fill: #eaeef2; }
        svg .limit { stroke: #cf222e; stroke-width: 2; stroke-dasharray: 4 3; } svg .axis { stroke: #57606a; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; } tr.error td:first-child { color: #cf222e; font-weight: 600; } tr.warning td:first-child { color: #9a6700; font-weight: 600; }
        tr.over td { background: #ffebe9; } td.excerpt code { white-space: pre-wrap; word-break: break-word; } mark { background: #fff8c5; border-bottom: 2px solid #d4a72c; }
        article.rule { border-left: 3px solid #d0d7de; padding-left: 1rem; margin: 1rem 0; } p.doc { color: #424a53; }
        """;
}
