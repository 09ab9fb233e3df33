using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Assistant;

/// <summary>The knowledge assistant with a language model: generation, streaming, citation check and fallbacks.</summary>
[Collection("llm")]
public sealed class LlmAssistantTests(LlmAssistantFixture fx) : IClassFixture<LlmAssistantFixture>
{
    private const string Question = "대형폐기물 어떻게 버려요?";

    [Fact]
    public async Task Ask_WhenModelAnswersWithValidCitations_ReturnsTheGeneratedAnswer()
    {
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        var answer = await AskAsync(fx.WithModel, Question);
        Assert.True(answer.GetProperty("generated").GetBoolean());
        Assert.False(answer.GetProperty("refused").GetBoolean());
        Assert.Contains("[1]", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citations = answer.GetProperty("citations");
        Assert.Equal(1, citations.GetArrayLength());
        Assert.Equal(1, citations[0].GetProperty("number").GetInt32());
        Assert.Equal("large-waste-disposal.md", citations[0].GetProperty("document").GetString());
    }

    [Fact]
    public async Task AskStream_WhenModelStreams_SendsDeltasThenTheCheckedAnswer()
    {
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        var events = await StreamAsync(fx.WithModel, Question);
        var deltas = events.Where(e => e.EventType == "delta").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()).ToList();
        Assert.True(deltas.Count >= 3, $"expected several streamed pieces, got {deltas.Count}");
        var final = events.Last();
        Assert.Equal("answer", final.EventType);
        var answer = JsonDocument.Parse(final.Data).RootElement;
        Assert.True(answer.GetProperty("generated").GetBoolean());
        Assert.Equal(string.Concat(deltas).Trim(), answer.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AskStream_WhenTheQuestionTellsOfDangerToLifeNow_SaysWhomToCallBeforeAnythingElse()
    {
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        var events = await StreamAsync(fx.WithModel, "엄마가 쓰러져서 숨을 안 쉬어요 어떻게 해요");
        Assert.Equal("emergency", events[0].EventType);
        Assert.Equal("119", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("call").GetString());
        Assert.Single(events, e => e.EventType == "emergency");
        var final = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("answer", events[^1].EventType);
        Assert.Equal("119", final.GetProperty("emergency").GetProperty("call").GetString());
    }

    [Fact]
    public async Task Ask_WhenModelCitesAPassageThatDoesNotExist_FallsBackToTheExtractiveAnswer()
    {
        fx.Model.Behaviour = FakeModelBehaviour.WrongCitation;
        var answer = await AskAsync(fx.WithModel, Question);
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        Assert.False(answer.GetProperty("generated").GetBoolean());
        Assert.Equal("citations", answer.GetProperty("fallback").GetString());
        Assert.DoesNotContain("[7]", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(answer.GetProperty("citations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task AskStream_WhenModelIsSlow_FallsBackToTheExtractiveAnswer()
    {
        fx.Model.Behaviour = FakeModelBehaviour.Stall;
        var events = await StreamAsync(fx.WithModel, Question);
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        var answer = JsonDocument.Parse(Assert.Single(events).Data).RootElement;
        Assert.Equal("slow", answer.GetProperty("fallback").GetString());
        Assert.False(answer.GetProperty("refused").GetBoolean());
        Assert.True(answer.GetProperty("citations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Ask_WhenModelIsDown_FallsBackToTheExtractiveAnswerOnApiAndPage()
    {
        var answer = await AskAsync(fx.WithModelDown, Question);
        Assert.Equal("unavailable", answer.GetProperty("fallback").GetString());
        Assert.True(answer.GetProperty("citations").GetArrayLength() > 0);

        var page = await fx.WithModelDown.Client.PostAsync("/ask", await AskFormAsync(fx.WithModelDown));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"citations\"", html, StringComparison.Ordinal);
        Assert.Contains("answer-note", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhenModelSaysItCannotAnswer_RefusesWithTheDepartment()
    {
        fx.Model.Behaviour = FakeModelBehaviour.NoAnswer;
        var answer = await AskAsync(fx.WithModel, Question);
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        Assert.True(answer.GetProperty("refused").GetBoolean());
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Ask_WhenQuestionHasPersonalData_TheModelNeverReceivesIt()
    {
        fx.Model.Behaviour = FakeModelBehaviour.Answer;
        var before = fx.Model.ChatRequests.Count;
        var answer = await AskAsync(fx.WithModel, "대형폐기물 어떻게 버려요? 답은 010-2345-6789로 주세요");
        Assert.False(answer.GetProperty("refused").GetBoolean());
        var sent = fx.Model.ChatRequests.Skip(before).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, body => Assert.DoesNotContain("2345-6789", body, StringComparison.Ordinal));
        Assert.All(fx.Model.EmbeddingRequests, body => Assert.DoesNotContain("2345-6789", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_WhenTheKnowledgeBaseIsSilent_RefusesWithoutAskingTheModel()
    {
        var before = fx.Model.ChatRequests.Count;
        var answer = await AskAsync(fx.WithModel, "이번 주 로또 당첨 번호가 뭐예요?");
        Assert.True(answer.GetProperty("refused").GetBoolean());
        Assert.Equal(before, fx.Model.ChatRequests.Count);
    }

    [Fact]
    public async Task Search_WhenEmbeddingsAreConfigured_EmbedsTheChunksAndTheQuestion()
    {
        await AskAsync(fx.WithModel, "청년 월세 지원 대상이 누구예요?");
        Assert.Contains(fx.Model.EmbeddingRequests, body => body.Contains("fake-embed", StringComparison.Ordinal));
        Assert.Contains(fx.Model.EmbeddingRequests, body => body.Contains("청년 월세", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> AskAsync(DasanHost host, string question)
    {
        var response = await host.Client.PostAsJsonAsync("/api/v1/ask", new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<SseItem<string>>> StreamAsync(DasanHost host, string question)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ask/stream") { Content = JsonContent.Create(new { question }) };
        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync())
        {
            events.Add(item);
        }

        return events;
    }

    private static async Task<FormUrlEncodedContent> AskFormAsync(DasanHost host)
    {
        var form = await host.Client.GetStringAsync("/ask");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["Question"] = Question, ["__RequestVerificationToken"] = token });
    }
}
