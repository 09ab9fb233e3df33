using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// English frames (ADR 0108, twenty-ninth session): a danger told as over (last night, two weeks ago, in October), withdrawn
/// (never mind my earlier message), talked about (a video, first aid, a smoker) or named in equipment (fire hydrant, smoke
/// alarm) is no alarm; the same words with the danger still going on (since yesterday, still unconscious, getting stronger)
/// stay critical. The dangers of a review's probes stay critical: a narrowed marker must not silence them.
/// </summary>
public sealed class UrgencyEnglishFramesTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("There was a gas smell in our building last night. The gas company fixed a loose valve.")]
    [InlineData("Two weeks ago I fainted on the subway and a kind man helped me. I'm fine now.")]
    [InlineData("My son had a seizure at school in October, he's on meds now. Can the school nurse get training?")]
    [InlineData("We had a small grease fire in our restaurant kitchen yesterday evening, the cook put it out in seconds.")]
    [InlineData("Never mind my earlier message about the gas smell, it was the neighbour's stove and it is fixed.")]
    public void Assess_WhenEnglishTellsADangerThatIsOver_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("Fire hydrant on our street is leaking nonstop and freezing into ice.")]
    [InlineData("Our expat football team is on fire this season, can we book the pitch?")]
    [InlineData("My neighbor's smoke alarm has been beeping for 2 days, he's traveling.")]
    [InlineData("Teenagers smoke every evening on the playground benches.")]
    [InlineData("My downstairs neighbour smokes on his balcony and the smoke comes into my room.")]
    [InlineData("Does the CGV show the disaster movie? The collapse scenes in the video are insane.")]
    [InlineData("Our apartment's fire exit is always blocked by bikes. What if there is a fire one day?")]
    [InlineData("I'm burning out at my job and feel like I'm drowning. Any free counseling in English?")]
    [InlineData("I'm choking on the price of the sports center membership.")]
    [InlineData("Can I bring my kitchen knife set in my luggage on the AREX train?")]
    [InlineData("Why were so many fire trucks on the riverside this morning? Nothing seemed to be burning.")]
    [InlineData("which malls in Dongdaemun have the burning sale for Black Friday?")]
    [InlineData("Are there lifeguards at the Ttukseom pool in July? my kids can't swim well")]
    [InlineData("where can we see the traditional fire show in Myeongdong? tickets?")]
    [InlineData("burning feeling when I pee since 3 days, which clinic speaks English?")]
    [InlineData("the restaurant below lets their grill smoke out the back vent into our windows")]
    [InlineData("Are there statistics on sinkholes in Seoul in 2023? It is for my university newspaper")]
    [InlineData("my dogs nail is bleeding and the blood wont stop")]
    [InlineData("i dropped my phone onto the track at Sindorim station can staff get it")]
    [InlineData("is there an AED for heart attack patients in our apartment complex?")]
    [InlineData("someone poured gasoline on my car paint as a prank, its ruined")]
    [InlineData("my car is buried under the snow the plow pushed, please clear our alley")]
    [InlineData("Is the fire department hiring?")]
    public void Assess_WhenEnglishNamesAHazardInEquipmentTalkOrAFigure_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("The gas smell started yesterday and is getting stronger, my kids feel dizzy")]
    [InlineData("There's been a gas smell since last night in the stairwell")]
    [InlineData("The fire hydrant is blocked by cars and the building is on fire, people on the 5th floor!")]
    [InlineData("My father collapsed yesterday and is still unconscious on the floor")]
    [InlineData("My grandmother went missing last week and we still haven't found her, she has dementia")]
    [InlineData("Heart attack at the gym! man on the floor")]
    [InlineData("deep cut on arm blood wont stop")]
    [InlineData("My neighbour smokes a lot and now his flat is on fire, black smoke in the hallway")]
    [InlineData("neighbor's smoke alarm has been going for 20 minutes and there's smoke under the door, no one answers")]
    [InlineData("a man in a wheelchair rolled off the platform at Sindorim onto the tracks")]
    [InlineData("a man poured gasoline around the entrance of the ward office and has a lighter")]
    [InlineData("a truck crashed into the restaurant, people are under the broken wall")]
    [InlineData("I'm on a video call with my mom and she just collapsed, she is not breathing")]
    [InlineData("I gave him first aid but he is not breathing")]
    [InlineData("my curious toddler swallowed a battery")]
    [InlineData("It was my mistake, I left the gas on and now the kitchen is on fire")]
    [InlineData("my wife isnt breathing")]
    [InlineData("smoke everywhere in my hallway help")]
    [InlineData("send fire truck to Sanggye-dong 8")]
    [InlineData("black smokes from basement of building next to Hapjeong station")]
    [InlineData("car burning outside my house")]
    [InlineData("fire in a real estate office on 1st floor in Mapo smoke going up to the apartments")]
    [InlineData("my father has chest pain maybe heart attack please come fast")]
    [InlineData("the man who attacked me last week is at my door with a knife trying to break in")]
    [InlineData("grandma fell yesterday evening and is lying on the floor cant get up")]
    [InlineData("never mind my last msg, the fire spread to 2nd floor and my mom is up there")]
    [InlineData("sorry my english bad please ignore mistakes, fire on 3rd floor in Hongdae guesthouse people inside")]
    [InlineData("my husband is choking on rice cake what to do if the heimlich dont work")]
    public void Assess_WhenEnglishDangerGoesOn_IsCritical(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

}
