using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Dasan.Core.Text;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Api;

/// <summary><c>POST /api/v1/ask</c>: a grounded answer from the knowledge base with citations, or a refusal (public, rate-limited).</summary>
public static class AskApi
{
    public static void MapAskApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/ask", AskAsync).RequireRateLimiting(WebRegistration.PublicLimit).DisableAntiforgery();

    public static Task<Ok<AskView>> AskAsync(AskBody body, KnowledgeBase kb, DasanDbContext db, ITextProtector text, AssistantAnswerRecorder log, CancellationToken ct) =>
        AnswerAsync(body, kb, db, text, log, "api", ct);

    /// <summary>Answers and records the answer (masked question, citations, refusal) for the programme's live KPIs.</summary>
    public static async Task<Ok<AskView>> AnswerAsync(AskBody body, KnowledgeBase kb, DasanDbContext db, ITextProtector text, AssistantAnswerRecorder log, string channel, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Question) || body.Question.Length > 1000)
        {
            throw RequestValidationException.For("question", "질문을 1000자 이내로 입력해 주세요. (question: 1 to 1000 characters.)");
        }

        var masked = text.Mask(text.Clean(body.Question)).Text;
        var answer = await kb.AskAsync(db, masked, new KnowledgeFilter(body.Domain, body.Department), ct);
        await log.RecordAsync(channel, masked, answer.Refused, answer.Citations.Count, ct);
        return TypedResults.Ok(AskView.Of(answer));
    }
}

/// <summary>Body of POST /api/v1/ask.</summary>
public sealed record AskBody(string? Question, string? Domain, string? Department);

/// <summary>An answer as the API and the Q&amp;A page show it.</summary>
public sealed record AskView(string Answer, bool Refused, string? Department, IReadOnlyList<CitationView> Citations)
{
    public static AskView Of(Answer a) => new(a.Text, a.Refused, a.Department,
        a.Citations.Select(c => new CitationView(c.Number, c.DocumentId, c.Title, c.Section, SnippetText.Plain(c.Snippet)) { Highlighted = c.Snippet }).ToList());
}

/// <summary>A numbered source of an answer.</summary>
public sealed record CitationView(int Number, string Document, string Title, string Section, string Snippet)
{
    /// <summary>The snippet as HTML: every character encoded by Lucene's highlighter, matches in &lt;mark&gt;. Not serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Highlighted { get; init; } = "";
}
