using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Foreign residents write in English, and the models have read little English: the lexicon itself must know an
/// overdose, a beating, a person not moving or shocked, someone who cannot get out. Harmless English stays below
/// critical (ADR 0108).
/// </summary>
public sealed class UrgencyEnglishCueTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("sorry for everything. i took all my pills. address is on my id card.")]
    [InlineData("I am foreign worker. Boss took my passport and is hitting me. help")]
    [InlineData("worker got electric shock on the roof, not moving, Guro industrial area")]
    [InlineData("My husband passed out in the bathroom and won't wake up")]
    [InlineData("car crash on the corner, the driver can't get out and it smells of fuel")]
    [InlineData("a man is stabbing people near the station exit 3")]
    [InlineData("my father is having a heart attack, we are at Sindang-dong 12")]
    [InlineData("My friend says he wants to kill himself tonight, what do I do?")]
    [InlineData("My sister is suicidal and locked herself in her room")]
    [InlineData("He texted me that he will end his life, he is near Mapo bridge")]
    public void Assess_WhenEnglishDescribesDangerToLife_IsCriticalByTheLexiconAlone(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("The bus is not moving, it has been at this stop for ten minutes")]
    [InlineData("My friend took all my books back to the library, where is the nearest branch?")]
    [InlineData("Where can I learn first aid for a heart attack? Is there a free class?")]
    [InlineData("Is the electric shock training for lifeguards open to foreigners?")]
    [InlineData("Someone passed out flyers in our building again, who removes them?")]
    public void Assess_WhenEnglishOnlySoundsAlarming_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Shipped.Assess(text).Level);

    [Theory]
    [InlineData("I could kill myself laughing at the festival show last night")]
    [InlineData("The kids will kill themselves laughing at the puppet show in the park")]
    public void Assess_WhenEnglishLaughsToDeath_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("Transformer made a loud bang and the shop lost power. No fire, no smoke, everyone went home.")]
    [InlineData("Power is out in the whole building since 6pm. Elevators stopped but nobody is stuck, we checked.")]
    [InlineData("I want a fire extinguisher for my studio. Nothing is burning, just getting ready.")]
    [InlineData("No one is stuck, the lift just stopped between floors and we got out")]
    [InlineData("Nobody's trapped, the door of the lobby jammed for a minute and opened again")]
    public void Assess_WhenEnglishNegatesTheHazardBeforeNamingIt_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("There is no fire exit on this floor and smoke is coming in")]
    [InlineData("No smoke yet but the fire is spreading along the wall")]
    [InlineData("Nobody is stuck but there is a fire in the basement")]
    public void Assess_WhenEnglishNegatesSomethingElseOrTurns_StaysCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
}
