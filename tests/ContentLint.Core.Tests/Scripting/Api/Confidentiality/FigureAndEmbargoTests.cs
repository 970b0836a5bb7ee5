using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Scripting.Api.Confidentiality;

public sealed class FigureAndEmbargoTests
{
    [Theory]
    [InlineData("un CA de 12 M€ cette année", new[] { "CA", "12 M€" })]
    [InlineData("$3.5bn in revenue, up 30 %", new[] { "$3.5bn", "revenue", "30 %" })]
    [InlineData("1 200 000 euros et 12 millions d'euros", new[] { "1 200 000 euros", "12 millions d'euros" })]
    [InlineData("hausse de 8 pour cent du chiffre d’affaires", new[] { "8 pour cent", "chiffre d’affaires" })]
    [InlineData("€40 million, 10k, EUR 5 000", new[] { "€40 million", "10k", "EUR 5 000" })]
    [InlineData("la marge et l'EBITDA", new[] { "marge", "EBITDA" })]
    public void Figures_are_amounts_percentages_and_financial_words(string text, string[] figures) =>
        Assert.Equal(figures, FigureScanner.Find(text).Select(s => text.Substring(s.Start, s.Length)));

    [Theory]
    [InlineData("En 2027, 3 coloris et 120 magasins ; ça va ; le 12.05.2026 à 10:30")]
    [InlineData("ca marche, Canada, CAF")]
    public void Bare_numbers_and_ordinary_words_are_not_figures(string text) => Assert.Empty(FigureScanner.Find(text));

    [Fact]
    public void Word_distance_counts_the_words_between_two_spans()
    {
        const string text = "Aurora a généré un CA de 12 M€";
        var words = WordPositions.Of(text);

        Assert.Equal(4, words.Distance(new TextSpan(0, 6), new TextSpan(19, 2)));   // Aurora … CA
        Assert.Equal(6, words.Distance(new TextSpan(25, 5), new TextSpan(0, 6)));   // 12 M€ … Aurora
    }

    [Fact]
    public void An_embargo_applies_strictly_before_its_date_and_the_later_date_wins_for_a_repeated_term()
    {
        var until = new DateTimeOffset(2026, 2, 12, 18, 0, 0, TimeSpan.FromHours(1));
        var schedule = new EmbargoSchedule([new Embargo("Aurora", until.AddDays(-10), default), new Embargo("aurora", until, default)]);
        var text = new MappedTextBuilder("Aurora arrive.").AppendVerbatim(0, 14).Build(null);

        Assert.Single(schedule.Active(text, until.AddMinutes(-1)));
        Assert.Empty(schedule.Active(text, until));
        Assert.Empty(schedule.Active(text, until.AddDays(1)));
    }

    [Fact]
    public void A_post_without_publish_at_is_judged_at_the_time_of_the_run()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var dated = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(now, EmbargoSchedule.PublicationOf(new Post { Id = "a", Span = default }, now));
        Assert.Equal(dated, EmbargoSchedule.PublicationOf(new Post { Id = "a", Span = default, PublishAt = new Located<DateTimeOffset>(dated, default) }, now));
    }

    [Theory]
    [InlineData("2026-12-01T00:00:00Z", "2026-12-01")]
    [InlineData("2026-02-12T18:00:00+01:00", "2026-02-12 18:00 +01:00")]
    public void Dates_are_shown_as_configured(string date, string shown) =>
        Assert.Equal(shown, EmbargoSchedule.Format(DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
