using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// English dangers the word rules know without the models (<see cref="EnglishCues"/>): breath and colour, consciousness,
/// a stroke's signs, pills, a wish to die, the river, a stalker at the door, a child or an elder alone; and English that only
/// sounds alarming. A short English danger is critical: a rule that held short English texts below critical lost one
/// (ADR 0108).
/// </summary>
public sealed class UrgencyEnglishDangerTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("my grandfather's lips are turning blue and he is gasping for air")]
    [InlineData("She suddenly can't speak properly and her face is drooping on one side")]
    [InlineData("My flatmate took a whole bottle of sleeping pills and now she is very hard to wake")]
    [InlineData("Please send an ambulance, a cyclist is bleeding from the head near Yeouido")]
    [InlineData("I don't want to live anymore. I'm standing on Banpo bridge.")]
    [InlineData("A teenager jumped into the river from the bank and keeps going under")]
    [InlineData("a man followed me home and is banging on my door right now")]
    [InlineData("toddler walking alone on the highway shoulder, no adult around")]
    [InlineData("The old lady next door hasn't been seen for five days and there is a bad smell from her flat")]
    [InlineData("my neighbour has not opened her door for three days and there is a bad smell")]
    [InlineData("Water is up to our knees in the basement flat and the door won't open")]
    [InlineData("The tower crane at the site is tilting in the wind, looks like it is about to fall")]
    [InlineData("My wife fell in the bathroom and can't get up, she is 80 and alone")]
    [InlineData("A worker fell from the scaffold on the third floor")]
    public void Assess_WhenEnglishTellsADangerToLife_LexiconAloneIsCritical(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("Can I spend it today at the traditional market?")]
    [InlineData("I hurt myself on the broken bench in the park, please fix it.")]
    [InlineData("Where can I buy an EpiPen in Korea?")]
    [InlineData("A stray cat followed me home, can the shelter take it?")]
    [InlineData("My friend fell in love with the view of the Han river")]
    [InlineData("My wallet is bleeding from these taxi fares, is there a night bus?")]
    [InlineData("The ball went under the bench and the kids can't reach it")]
    [InlineData("My cat fell from our balcony yesterday, the vet says she is fine")]
    [InlineData("There's a fire sale at the shop under my building, are tables on the sidewalk allowed?")]
    [InlineData("If I ever smell gas in my apartment, which number do I call?")]
    [InlineData("Volunteers passed out flyers at the station, who allowed that?")]
    [InlineData("My phone fell into the toilet, where can I get it repaired?")]
    public void Assess_WhenEnglishOnlySoundsAlarming_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("help, fire in my flat")]
    [InlineData("man with a knife in the lobby")]
    [InlineData("grandpa not breath. help. 010-3392-5148 Bangi-dong")]
    [InlineData("The wires keep sparking near the playground")]
    [InlineData("Send firefighters to 12 Main street, my neighbor's house")]
    public void Assess_WhenAShortEnglishTextNamesADanger_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
}
