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
}
