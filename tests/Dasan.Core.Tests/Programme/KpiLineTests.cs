using System.Text.Json.Nodes;
using Dasan.Core.Content;
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

    /// <summary>Issue 15: a refusal rate of 45.6% against a 20% ceiling was charted as 228% of target, the best bar.</summary>
    [Fact]
    public void Achievement_WhenRefusalRateAboveItsCeiling_IsBelowTarget()
    {
        var refusals = new KpiLine("UC", "u", "b", "답변 거절 비율", "%", null, 20, 45.6, null) { LowerIsBetter = true };
        Assert.False(refusals.OnTarget);
        Assert.True(refusals.Achievement < 50);
    }

    public static TheoryData<string> ShippedPortfolios() => ["programme/use-cases.json", "programme/dasan-own-ai.json"];

    /// <summary>Without a declared direction a KPI with no baseline was scored higher-is-better (error rates, refusals, delays).</summary>
    [Theory]
    [MemberData(nameof(ShippedPortfolios))]
    public void ShippedKpis_WhenRead_EachDeclareWhichDirectionIsBetter(string path)
    {
        var kpis = JsonNode.Parse(ShippedContent.ReadText(path))!.DescendantsWithKpis().ToList();
        Assert.NotEmpty(kpis);
        Assert.All(kpis, k => Assert.True(k["better"]?.ToString() is "lower" or "higher", $"{path}: '{k["metric"]}' declares no direction"));
        string[] lower = ["직원이 바꾼 AI 배정 비율", "답변 거절 비율", "첫 답변까지 걸린 시간(중앙값)", "근거 없는 답변 비율", "오탐", "오경보"];
        Assert.All(kpis.Where(k => lower.Contains(k["metric"]?.ToString())), k => Assert.Equal("lower", k["better"]?.ToString()));
    }
}

internal static class KpiNodes
{
    public static IEnumerable<JsonObject> DescendantsWithKpis(this JsonNode node) => node switch
    {
        JsonObject o when o.ContainsKey("metric") && o.ContainsKey("target") => [o],
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(DescendantsWithKpis),
        JsonArray a => a.OfType<JsonNode>().SelectMany(DescendantsWithKpis),
        _ => [],
    };
}
