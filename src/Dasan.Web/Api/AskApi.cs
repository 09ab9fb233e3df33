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
    public static void MapAskApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/ask", AskAsync).RequireRateLimiting(WebRegistration.PublicLimit).DisableAntiforgery();
        app.MapPost("/api/v1/ask/stream", AskStream.StreamAsync).RequireRateLimiting(WebRegistration.PublicLimit).DisableAntiforgery();
    }

    public static Task<Ok<AskView>> AskAsync(AskBody body, GroundedAnswerGenerator generator, ITextProtector text, AssistantAnswerRecorder log, CancellationToken ct) =>
        AnswerAsync(body, generator, text, log, "api", ct);

    /// <summary>Answers and records the answer (masked question, citations, refusal) for the programme's live KPIs.</summary>
    public static async Task<Ok<AskView>> AnswerAsync(AskBody body, GroundedAnswerGenerator generator, ITextProtector text, AssistantAnswerRecorder log, string channel, CancellationToken ct)
    {
        var masked = MaskedQuestion(body, text);
        var reply = await generator.AnswerAsync(masked, Filter(body), ct);
        await log.RecordAsync(channel, masked, reply.Answer.Refused, reply.Answer.Citations.Count, ct);
        return TypedResults.Ok(AskView.Of(reply));
    }

    /// <summary>The question cleaned and masked: personal data never reaches the index, the logs or a model.</summary>
    public static string MaskedQuestion(AskBody body, ITextProtector text)
    {
        if (string.IsNullOrWhiteSpace(body.Question))
        {
            throw RequestValidationException.For("question", "질문을 입력해 주세요. (Type a question.)");
        }

        if (body.Question.Length > 1000)
        {
            throw RequestValidationException.For("question", "질문을 1000자 이내로 입력해 주세요. (question: at most 1,000 characters.)");
        }

        return text.Mask(text.Clean(body.Question)).Text;
    }

    public static KnowledgeFilter Filter(AskBody body)
    {
        if (body.Domain?.Length > 40 || body.Department?.Length > 100)
        {
            throw RequestValidationException.For("domain", "분야나 부서 이름이 너무 깁니다. (domain ≤ 40, department ≤ 100 characters.)");
        }

        return new KnowledgeFilter(NullIfBlank(body.Domain), NullIfBlank(body.Department));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Body of POST /api/v1/ask.</summary>
public sealed record AskBody(string? Question, string? Domain, string? Department);

/// <summary>An answer as the API and the Q&amp;A page show it.</summary>
/// <param name="Generated">True when a language model wrote the answer and every citation was checked.</param>
/// <param name="Fallback">Why a configured model's answer was replaced by the extractive one (unavailable, slow, citations).</param>
/// <param name="Emergency">Whom to call now (109, 112 or 119) when the question tells of danger to life; shown before the answer.</param>
public sealed record AskView(string Answer, bool Refused, string? Department, IReadOnlyList<CitationView> Citations, bool Generated, string? Fallback,
    EmergencyAdvice? Emergency)
{
    public static AskView Of(AssistantReply reply)
    {
        var a = reply.Answer;
        return new(a.Text, a.Refused, a.Department,
            a.Citations.Select(c => new CitationView(c.Number, c.DocumentId, c.Title, c.Section, SnippetText.Plain(c.Snippet)) { Highlighted = c.Snippet }).ToList(),
            reply.Generated, reply.Fallback, reply.Emergency);
    }
}

/// <summary>A numbered source of an answer.</summary>
public sealed record CitationView(int Number, string Document, string Title, string Section, string Snippet)
{
    /// <summary>The snippet as HTML: every character encoded by Lucene's highlighter, matches in &lt;mark&gt;. Not serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Highlighted { get; init; } = "";
}
