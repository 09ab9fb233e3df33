using Dasan.Core.Programme.Portfolio;

namespace Dasan.Core.Tests.Programme;

public sealed class KpiLineTests
{
    [Theory]
    [InlineData(38.0, 55.0, 52.4, false)]  // higher is better, below target
    [InlineData(95.0, 30.0, 22.0, true)]     // target under baseline: lower is better, met
    [InlineData(null, 48.0, 50.0, true)]  // no baseline: higher is better unless told
    public void OnTarget_WhenBaselineAndTargetGiven_InfersDirection(double? baseline, double target, double actual, bool expected) =>
        Assert.Equal(expected, new KpiLine("UC", "u", "b", "m", "%", baseline, target, actual, null).OnTarget);

    [Fact]
    public void Achievement_WhenLowerIsBetterDeclared_IsTargetOverActual()
    {
        var k = new KpiLine("UC", "u", "b", "hours", "시간", null, 48, 96, null) { LowerIsBetter = true };

        Assert.Equal(50, k.Achievement);
        Assert.False(k.OnTarget);
    }

    [Fact]
    public void OnTarget_WhenNoActual_IsUnknownNotFalse() =>
        Assert.Null(new KpiLine("UC", "u", "b", "m", "%", null, 10, null, "no records").OnTarget);

    [Theory]
    [InlineData(new double[] { }, null)]
    [InlineData(new double[] { 5 }, 5.0)]
    [InlineData(new double[] { 9, 1, 4 }, 4.0)]
    [InlineData(new double[] { 1, 2, 3, 10 }, 2.5)]
    public void MedianOf_WhenGivenValues_IsTheMiddle(double[] values, double? expected) =>
        Assert.Equal(expected, PlatformKpis.MedianOf(values));
}
