using Dasan.Ai.Generation;
using Dasan.Core.Radar;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Web.Tests.Assistant;

/// <summary>The radar's briefings polished by a language model (a fake OpenAI-compatible server), citations checked.</summary>
public sealed class PolishedBriefingWriterTests
{
    private static readonly Briefing Morning = new()
    {
        Audience = Briefing.MayorsOffice, Period = BriefingPeriod.Daily, From = new DateOnly(2026, 11, 24), To = new DateOnly(2026, 11, 24),
        Issues = [], Requests = 42, PreviousRequests = 30, Overdue = 2,
        OldestOverdue = [new OverdueRequest(7, "2026-0000007", "보도블록 파손", "도로관리과", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), 4)],
        DepartmentNames = new Dictionary<string, string>(),
    };

    [Fact]
    public async Task WriteAsync_WhenModelCitesTheEvidence_ReturnsThePolishedBriefing()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        var text = await Writer(model.BaseUrl).WriteAsync(Morning, CancellationToken.None);
        Assert.Equal("llm", text.Writer);
        Assert.Contains("[1]", text.Paragraphs[0].Text, StringComparison.Ordinal);
        ExtractiveBriefingWriter.CheckCitations(Morning, text);
        Assert.Contains("접수 민원 42건", Assert.Single(model.ChatRequests), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WhenModelCitesEvidenceThatDoesNotExist_KeepsTheExtractiveBriefing()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Behaviour = FakeModelBehaviour.WrongCitation;
        var text = await Writer(model.BaseUrl).WriteAsync(Morning, CancellationToken.None);
        Assert.Equal("extractive", text.Writer);
        Assert.DoesNotContain(text.Paragraphs, p => p.Text.Contains("[7]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_WhenModelIsDown_KeepsTheExtractiveBriefing()
    {
        var text = await Writer("http://127.0.0.1:9/v1").WriteAsync(Morning, CancellationToken.None);
        Assert.Equal("extractive", text.Writer);
        Assert.Contains("접수 민원 42건", text.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    private static PolishedBriefingWriter Writer(string endpoint)
    {
        var options = new LlmOptions { Endpoint = endpoint, Model = "fake-ko", TimeoutSeconds = 10 };
        var polisher = new BriefingPolisher(options, new KoreanTextProtector(), NullLogger<BriefingPolisher>.Instance, LlmClientFactory.CreateChat(options));
        return new PolishedBriefingWriter(new ExtractiveBriefingWriter(), polisher);
    }
}
