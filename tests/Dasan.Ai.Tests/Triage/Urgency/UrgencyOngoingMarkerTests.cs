using Dasan.Ai.Triage.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// The clause readers see text without spaces, so English "now" used to match inside know, known and snow: "I don't know
/// where to ask" read as something going on now, and a story told in the past was read as ongoing.
/// </summary>
public sealed class UrgencyOngoingMarkerTests
{
    [Theory]
    [InlineData("the water is now up to my knees", true)]
    [InlineData("now the smoke is coming in", true)]
    [InlineData("please come right now", true)]
    [InlineData("지금 연기가 들어와요", true)]
    [InlineData("I don't know where to ask about sandbags", false)]
    [InlineData("the cause is still unknown", false)]
    [InlineData("last winter the snow broke the fence", false)]
    [InlineData("nowhere to park near the station", false)]
    [InlineData("I know, but the gas smell is there now", true)]
    public void IsOngoing_ReadsNowAsAWordNotInsideAnother(string text, bool ongoing) =>
        Assert.Equal(ongoing, ClauseMarkers.IsOngoing(text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()));
}
