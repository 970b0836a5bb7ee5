using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

// A complaint cancels the calls to act and the offers of its text (MarkerCategory.CancelledByComplaint).
internal sealed partial class MarkerFinder
{
    /// <summary>
    /// Adds the pattern markers kept for this text. When the text complains (<see cref="ComplaintPatterns"/>), its calls to
    /// act and offers are kept as evidence with no weight: "Revoyez le langage de vos employés ! … sans explications" is a
    /// customer's grievance, not a call to act. A grievance inside an opening question that the text goes on from ("Toujours
    /// pas de fibre ? Passez chez nous…") is a pitch's hook: neither a complaint nor a cancellation.
    /// </summary>
    private void AddCancellingComplaints(List<(MarkerRule Rule, TextSpan Span)> chosen)
    {
        chosen.RemoveAll(c => c.Rule.Category == MarkerCategory.Complaint && InOpeningHook(c.Span));
        var complains = chosen.Any(c => c.Rule.Category == MarkerCategory.Complaint);
        foreach (var (rule, span) in chosen)
        {
            var cancelled = complains && rule.Side == PostType.Promo && MarkerCategory.CancelledByComplaint.Contains(rule.Category);
            Add(rule.Side, rule.Category, cancelled ? 0 : rule.Weight, span);
        }
    }

    // Inside the text's first sentence when that sentence is a question and more text follows (as FindQuestions' hook).
    private bool InOpeningHook(TextSpan span)
    {
        var sentences = _tokens.Sentences;
        return sentences.Count > 1 && sentences[0].Text.Contains('?') && sentences[0].Span.Contains(span.Start);
    }
}
