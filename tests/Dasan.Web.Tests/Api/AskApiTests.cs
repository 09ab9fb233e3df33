using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Api;

public class AskApiTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Ask_WhenTheKnowledgeBaseAnswers_ReturnsCitedSentencesFromTheRightDocument(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var response = await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "대형폐기물 어떻게 버려요?" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("refused").GetBoolean());
        var citations = answer.GetProperty("citations");
        Assert.True(citations.GetArrayLength() > 0);
        Assert.Equal("large-waste-disposal.md", citations[0].GetProperty("document").GetString());
        Assert.Contains("[1]", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Ask_WhenTheKnowledgeBaseIsSilent_RefusesWithoutCitations(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "이번 주 로또 당첨 번호가 뭐예요?" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("refused").GetBoolean());
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "" })).StatusCode);
    }

    [SkippableTheory]
    [InlineData("친구가 극단적 선택을 할 것 같아요 어떻게 해요", "109")]
    [InlineData("요즘 너무 힘들어서 죽고 싶어요", "109")]
    [InlineData("엄마가 쓰러져서 숨을 안 쉬어요 어떻게 해요", "119")]
    public async Task Ask_WhenTheQuestionTellsOfDangerToLifeNow_SaysWhomToCallFirst(string question, string call)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question })).Content.ReadFromJsonAsync<JsonElement>();
        var text = answer.GetProperty("answer").GetString()!;
        var firstLine = text.Split('\n')[0];
        Assert.Contains(call, firstLine, StringComparison.Ordinal);
        Assert.Contains("전화하세요", firstLine, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Ask_WhenTheQuestionIsAboutADangerInGeneral_HasNoNotice()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "자살예방 교육 신청하고 싶어요" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain("혼자 견디지 말고", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
