using System.Text.RegularExpressions;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>Finds the markers of one text: pattern markers on the folded text, then those read from its tokens (links and questions: <c>MarkerFinder.Tokens.cs</c>).</summary>
internal sealed partial class MarkerFinder
{
    private readonly string _text;
    private readonly int _index;
    private readonly TextTokens _tokens;
    private readonly IReadOnlyList<TextToken> _urls;
    private readonly IReadOnlyList<TextToken> _mentions;
    private readonly SpanIndex _entities;
    private readonly SpanIndex _urlSpans;
    private readonly Func<int, TextSpan, bool>? _isExcluded;
    private readonly List<TypeMarker> _markers;
    private readonly SqueezedText _folded;
    private readonly MarkerLanguage _language;

    private MarkerFinder(string text, int index, CountingMethod method, MarkerLanguage? language, Func<int, TextSpan, bool>? isExcluded, List<TypeMarker> markers)
    {
        _text = text;
        _folded = SqueezedText.Create(text);
        _language = language ?? MarkerLanguages.Detect(_folded.Value);
        _index = index;
        _tokens = TextTokens.Of(text, method);
        _urls = _tokens.Urls;
        _mentions = _tokens.Mentions;
        _urlSpans = new SpanIndex(_urls.Select(u => u.Span));
        _entities = new SpanIndex(_urls.Concat(_mentions).Select(t => t.Span));
        _isExcluded = isExcluded;
        _markers = markers;
    }

    /// <summary>Adds the markers of <paramref name="text"/> (the <paramref name="index"/>-th text classified) to <paramref name="markers"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Its index among the texts classified together.</param>
    /// <param name="method">How links and mentions are found.</param>
    /// <param name="language">The patterns to run: a language, <see cref="MarkerLanguage.Any"/> for all, or null to detect it from the text.</param>
    /// <param name="isExcluded">Spans to ignore (code).</param>
    /// <param name="markers">Where the markers go.</param>
    public static void Find(string text, int index, CountingMethod method, MarkerLanguage? language, Func<int, TextSpan, bool>? isExcluded, List<TypeMarker> markers) =>
        new MarkerFinder(text, index, method, language, isExcluded, markers).Run();

    private void Run()
    {
        // The leading mentions are the reply's wrapper, not its message: kept as evidence of an addressee (CL3008's
        // invitation) with no weight, and the greeting is looked for after them.
        var bodyStart = FindReply();
        foreach (var mention in _mentions)
        {
            Add(PostType.Dialogue, MarkerCategory.Mention, 0, mention.Span);
        }

        foreach (var (language, pattern) in MarkerRule.Greetings)
        {
            if ((_language == MarkerLanguage.Any || _language == language) && pattern.Match(_text, bodyStart) is { Success: true } greeting)
            {
                var word = greeting.Groups["word"];
                Add(PostType.Dialogue, MarkerCategory.Greeting, ClassifierWeights.Greeting, new TextSpan(word.Index, word.Length));
            }
        }

        FindPatterns();
        FindLinks();
        FindQuestions();
    }

    /// <summary>
    /// Pattern markers; where several overlap on one side ("Book now" is a call to register, "Book" opening
    /// a sentence a call to click), the heaviest, then the longest, is kept so the same words count once.
    /// </summary>
    private void FindPatterns()
    {
        var folded = _folded;
        var found = new List<(MarkerRule Rule, TextSpan Span)>();
        foreach (var rule in MarkerRule.All.Where(r => r.AppliesTo(_language)))
        {
            var input = rule.OnOriginalText ? _text : folded.Value;
            if (rule.Prefilter?.MayMatch(input) == false)
            {
                continue;
            }

            foreach (Match match in rule.Pattern.Matches(input))
            {
                if (rule.NotAfter?.IsMatch(input, match.Index) == true)
                {
                    continue;
                }

                var span = rule.OnOriginalText ? new TextSpan(match.Index, match.Length) : folded.ToOriginal(match.Index, match.Length);
                if (!InsideEntity(span))
                {
                    found.Add((rule, span));
                }
            }
        }

        // A complaint is read beside the other markers, not instead of them: "pire service client" is a complaint and
        // a mention of customer service alike.
        var kept = new Dictionary<(PostType, bool Complaint), NonOverlappingSpans>();
        var chosen = new List<(MarkerRule Rule, TextSpan Span)>();
        foreach (var candidate in found.OrderByDescending(f => f.Rule.Weight).ThenByDescending(f => f.Span.Length).ThenBy(f => f.Span.Start))
        {
            var key = (candidate.Rule.Side, candidate.Rule.Category == MarkerCategory.Complaint);
            if (!kept.TryGetValue(key, out var side))
            {
                kept[key] = side = new NonOverlappingSpans();
            }

            if (side.TryAdd(candidate.Span))
            {
                chosen.Add(candidate);
            }
        }

        AddCancellingComplaints(chosen);
    }

    /// <summary>Reports the leading mentions as a reply (weight 0); returns where the body starts after them (0 when none).</summary>
    private int FindReply()
    {
        var at = 0;
        TextSpan? first = null;
        foreach (var mention in _mentions)
        {
            while (at < _text.Length && char.IsWhiteSpace(_text[at]))
            {
                at++;
            }

            if (mention.Span.Start != at)
            {
                break;
            }

            first ??= mention.Span;
            at = mention.Span.End;
        }

        if (first is { } span)
        {
            Add(PostType.Dialogue, MarkerCategory.Reply, 0, span);
            return at;
        }

        return 0;
    }

    // Words inside hashtags count (#soldes, #tips); inside links and handles they do not (@AskeBay, /buy/).
    private bool InsideEntity(TextSpan span) => _entities.Overlaps(span);

    private void Add(PostType side, string category, double weight, TextSpan span)
    {
        if (span.IsEmpty || _isExcluded?.Invoke(_index, span) == true)
        {
            return;
        }

        _markers.Add(new TypeMarker(side, category, weight, _index, span, MarkerEvidence.Quote(_text, span, keepEnd: category == MarkerCategory.Question)));
    }
}
