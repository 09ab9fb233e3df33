using System.Text.Json.Nodes;
using Dasan.Core.Programme.Risk;
using Dasan.Web.Programme;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dasan.Web.Tests.Programme;

/// <summary>Issue 15: saving the edit form lost a use case's third KPI and the live-measurement keys, and had no direction field.</summary>
public sealed class UseCaseFormTests
{
    [Fact]
    public void Read_WhenStoredUseCaseHasThreeLiveKpis_KeepsAllWithTheirLiveKeysAndDirection()
    {
        var stored = JsonNode.Parse("""
            {"name":"민원 분류","kpis":[
              {"metric":"자동 배정된 민원 비율","unit":"%","baseline":0,"target":60,"actual":null,"period":"p","how_measured":"h","live":"triage.auto_share","better":"higher"},
              {"metric":"직원이 바꾼 AI 배정 비율","unit":"%","baseline":null,"target":10,"actual":null,"period":"p","how_measured":"h","live":"triage.override_share","better":"lower"},
              {"metric":"첫 답변까지 걸린 시간(중앙값)","unit":"시간","baseline":null,"target":48,"actual":null,"period":"p","how_measured":"h","live":"triage.first_answer_hours","better":"lower"}]}
            """)!.AsObject();
        var fields = new Dictionary<string, StringValues> { ["name"] = "민원 분류", ["bureau"] = "디지털정책관" };
        var kpis = (JsonArray)stored["kpis"]!;
        for (var i = 0; i < kpis.Count; i++)
        {
            foreach (var f in new[] { "metric", "unit", "baseline", "target", "period", "how_measured", "better" })
            {
                fields[$"kpis[{i}].{f}"] = kpis[i]![f]?.ToString() ?? "";
            }
        }

        fields["kpis[1].target"] = "8";
        var doc = UseCaseForm.Read(new FormCollection(fields), stored, RiskQuestionnaire.Shipped());

        var read = ((JsonArray)doc["kpis"]!).Select(k => k!.AsObject()).ToList();
        Assert.Equal(3, read.Count);
        Assert.Equal(["triage.auto_share", "triage.override_share", "triage.first_answer_hours"], read.Select(k => k["live"]?.ToString()));
        Assert.Equal(["higher", "lower", "lower"], read.Select(k => k["better"]?.ToString()));
        Assert.Equal(8, read[1]["target"]!.GetValue<double>());
        Assert.Equal(4, UseCaseForm.Shown(stored, "kpis", UseCaseForm.KpiRows));
    }

    [Fact]
    public void Read_WhenMetricRenamed_DropsTheLiveKeyOfTheOldMetric()
    {
        var stored = JsonNode.Parse("""{"kpis":[{"metric":"답변 거절 비율","live":"assistant.refusal_share"}]}""")!.AsObject();
        var form = new FormCollection(new Dictionary<string, StringValues> { ["kpis[0].metric"] = "다른 지표", ["kpis[0].target"] = "5" });

        var row = ((JsonArray)UseCaseForm.Read(form, stored, RiskQuestionnaire.Shipped())["kpis"]!)[0]!.AsObject();

        Assert.False(row.ContainsKey("live"));
        Assert.Equal("higher", row["better"]?.ToString());
    }

    [Theory]
    [InlineData("kpis[1].target", "성과지표 2 · 목표")]
    [InlineData("vendor", "외부 업체명")]
    [InlineData("risks[0].mitigation", "위험과 완화 조치 1 · 완화 조치")]
    [InlineData("stage_dates.pilot", "단계별 시작일 · 시범 운영")]
    [InlineData("answer.IMP-03", "영향평가 문항 IMP-03")]
    public void FieldLabel_WhenErrorNamesAField_IsKoreanWithoutCodes(string field, string expected) =>
        Assert.Equal(expected, FieldLabels.Korean(field, Dasan.Core.Programme.Portfolio.FieldRules.Shipped()));
}
