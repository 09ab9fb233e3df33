using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>
/// Admin API of the knowledge base: upload documents (Markdown, text, HTML, PDF) as multipart files or put one
/// as JSON, list them with their ingestion stage, delete one. Each call is audited by the ingestor.
/// </summary>
public static class KnowledgeApi
{
    private const int MaxKeyLength = 200;

    public static void MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin/knowledge").RequireAuthorization(Policies.Api, Policies.Admin);
        admin.MapGet("/documents", ListAsync);
        admin.MapPost("/documents", UploadAsync).DisableAntiforgery();
        admin.MapPut("/documents/{key}", PutAsync);
        admin.MapDelete("/documents/{key}", DeleteAsync);
    }

    private static async Task<Ok<List<KnowledgeDocumentView>>> ListAsync(DasanDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.KnowledgeDocuments.AsNoTracking().OrderBy(d => d.Key)
            .Select(d => new KnowledgeDocumentView(d.Key, d.Title, d.Format, d.Stage, d.Domain, d.Department, d.Chunks.Count, d.Error, d.UpdatedAt))
            .ToListAsync(ct));

    private static async Task<Ok<List<IngestResultView>>> UploadAsync(HttpRequest request, KnowledgeIngestor ingestor, CancellationToken ct)
    {
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files is not { Count: > 0 } files)
        {
            throw RequestValidationException.For("files", "업로드할 문서 파일을 multipart/form-data로 보내 주세요. (Send document files as multipart/form-data.)");
        }

        var results = new List<IngestResultView>();
        foreach (var file in files)
        {
            var key = Path.GetFileName(file.FileName);
            if (KeyProblem(key) is { } problem)
            {
                results.Add(new IngestResultView(key, "failed", problem)); // named, and the other files still go in
                continue;
            }

            try
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var (content, format) = await DocumentFileReader.ReadAsync(buffer.ToArray(), key, ct);
                var outcome = await ingestor.IngestAsync(request.HttpContext.User.ToActor(), key, content, format, ct);
                results.Add(new IngestResultView(key, Outcome(outcome), null));
            }
            catch (InvalidDataException e)
            {
                results.Add(new IngestResultView(key, "failed", e.Message)); // one bad file never stops the others
            }
        }

        return TypedResults.Ok(results);
    }

    private static async Task<Ok<IngestResultView>> PutAsync(string key, DocumentBody body, HttpContext http, KnowledgeIngestor ingestor, CancellationToken ct)
    {
        key = Key(key);
        if (string.IsNullOrWhiteSpace(body.Content))
        {
            throw RequestValidationException.For("content", "문서 내용이 비어 있습니다. (content is required.)");
        }

        var outcome = await ingestor.IngestAsync(http.User.ToActor(), key, body.Content, DocumentParser.FormatOf(key), ct);
        return TypedResults.Ok(new IngestResultView(key, Outcome(outcome), null));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string key, HttpContext http, KnowledgeIngestor ingestor, CancellationToken ct) =>
        await ingestor.DeleteAsync(http.User.ToActor(), key, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static string Key(string key) => KeyProblem(key) is { } problem ? throw RequestValidationException.For("key", problem) : key;

    private static string? KeyProblem(string key) =>
        string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength || key.Contains('/', StringComparison.Ordinal) || key.Contains('\\', StringComparison.Ordinal)
            || !DocumentFileReader.CanRead(key)
            ? $"문서 이름은 확장자({string.Join(", ", DocumentFileReader.Extensions)})가 있는 {MaxKeyLength}자 이내의 파일 이름이어야 합니다. (key: a file name with a supported extension.)"
            : null;

    private static string Outcome(IngestOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
