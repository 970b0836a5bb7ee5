using ContentLint.Core.Scripting.Api.MessageType;
namespace ContentLint.Core.Tests.TempParity;
public sealed class TempPatternParityTests
{
    [Fact]
    public void Same_patterns()
    {
        var pairs = new (System.Text.RegularExpressions.Regex Old, System.Text.RegularExpressions.Regex New)[]
        {
            (OldPromoPatterns.Price(), PromoPatterns.Price()), (OldPromoPatterns.Discount(), PromoPatterns.Discount()),
            (OldPromoPatterns.PromoCode(), PromoPatterns.PromoCode()), (OldPromoPatterns.Deal(), PromoPatterns.Deal()),
            (OldPromoPatterns.Buy(), PromoPatterns.Buy()), (OldPromoPatterns.BuyWord(), PromoPatterns.BuyWord()),
            (OldPromoPatterns.Register(), PromoCallPatterns.Register()), (OldPromoPatterns.Click(), PromoCallPatterns.Click()),
            (OldPromoPatterns.ImperativeStart(), PromoCallPatterns.ImperativeStart()), (OldPromoPatterns.Teaser(), PromoCallPatterns.Teaser()),
            (OldPromoPatterns.Urgency(), PromoCallPatterns.Urgency()), (OldPromoPatterns.Offer(), PromoCallPatterns.Offer()),
            (OldPromoPatterns.Launch(), PromoCallPatterns.Launch()), (OldPromoPatterns.AdLabel(), PromoCallPatterns.AdLabel()),
        };
        foreach (var (old, @new) in pairs)
        {
            Assert.Equal(old.ToString(), @new.ToString());
            Assert.Equal(old.Options, @new.Options);
        }
        Assert.Equal(14, pairs.Length);
    }
}
