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
        var empty = await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("질문을 입력해 주세요.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("친구가 극단적 선택을 할 것 같아요 어떻게 해요", "109")]
    [InlineData("요즘 너무 힘들어서 죽고 싶어요", "109")]
    [InlineData("엄마가 쓰러져서 숨을 안 쉬어요 어떻게 해요", "119")]
    public async Task Ask_WhenTheQuestionTellsOfDangerToLifeNow_SaysWhomToCallFirst(string question, string call)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question })).Content.ReadFromJsonAsync<JsonElement>();
        var emergency = answer.GetProperty("emergency");
        Assert.Equal(call, emergency.GetProperty("call").GetString());
        Assert.Matches(call + @"[^.]*에 전화하세요", emergency.GetProperty("message").GetString()); // in the first sentence
        Assert.DoesNotContain(emergency.GetProperty("message").GetString()!, answer.GetProperty("answer").GetString(), StringComparison.Ordinal); // said once, as its own field
    }

    [SkippableFact]
    public async Task AskPage_WhenTheQuestionTellsOfDangerToLifeNow_ShowsWhomToCallAboveTheAnswer()
    {
        var page = await PostAskPageAsync("친구가 극단적 선택을 할 것 같아요 어떻게 해요");
        var card = page.IndexOf("id=\"emergency-advice\"", StringComparison.Ordinal);
        Assert.True(card > 0, "the page shows no emergency card");
        Assert.Contains("href=\"tel:109\"", page, StringComparison.Ordinal);
        Assert.True(card < page.IndexOf("id=\"answer-heading\"", StringComparison.Ordinal), "the card must come before the answer");
    }

    [SkippableTheory]
    [InlineData("아이가 숨을 안 쉬어요", "119")]
    [InlineData("불이 났어요 연기가 나요", "119")]
    public async Task Ask_WhenNoGuideIsAboutTheDanger_GivesTheCardAndNoAnswerFromAnotherGuide(string question, string call)
    {
        // Under the call card, "아이가 숨을 안 쉬어요" was answered from the childcare-service guide, a fire from the living wage.
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(call, answer.GetProperty("emergency").GetProperty("call").GetString());
        Assert.True(answer.GetProperty("refused").GetBoolean(), answer.GetProperty("answer").GetString());
        Assert.Equal(Dasan.Ai.Assistant.Crisis.NoGuide, answer.GetProperty("answer").GetString()); // not "… 120으로 문의해 주세요" under the card
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());

        var page = await PostAskPageAsync(question);
        var shown = System.Text.RegularExpressions.Regex.Match(page, "<p id=\"answer\"[^>]*>([^<]*)</p>").Groups[1].Value;
        Assert.Equal(Dasan.Ai.Assistant.Crisis.NoGuide, shown); // not a refusal pointing to 120 under a 119 card
    }

    [SkippableFact]
    public async Task Ask_WhenAGuideIsAboutTheDanger_AnswersUnderTheCard()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "남편이 때려요 도와주세요" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("112", answer.GetProperty("emergency").GetProperty("call").GetString());
        Assert.False(answer.GetProperty("refused").GetBoolean());
        Assert.Equal("violence-victim-support.md", answer.GetProperty("citations")[0].GetProperty("document").GetString());
    }

    /// <summary>The Q&amp;A page answered without JavaScript (a form post with its own antiforgery cookie).</summary>
    private static async Task<string> PostAskPageAsync(string question)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var client = host.App.GetTestClientOrNew(host.BaseUrl);
        var get = await client.GetAsync("/ask");
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", get.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var form = await get.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return await (await client.PostAsync("/ask", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Question"] = question, ["__RequestVerificationToken"] = token,
        }))).Content.ReadAsStringAsync();
    }

    [SkippableFact]
    public async Task Ask_WhenTheQuestionIsAboutADangerInGeneral_HasNoNotice()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "자살예방 교육 신청하고 싶어요" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("emergency").ValueKind);
    }
}
