using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Api;

public class KnowledgeApiTests
{
    private const string Guide = """
        ---
        title: 반려식물 클리닉 이용 안내
        domain: environment
        department: 푸른도시여가국
        ---
        # 반려식물 클리닉 이용 안내

        ## 신청 방법
        반려식물 클리닉은 시든 화분을 가져오면 식물 전문가가 상태를 진단해 주는 무료 서비스입니다.
        신청은 서울시 공공서비스예약 누리집에서 하고, 문의는 담당자 김민수(010-3456-7890)에게 합니다.
        """;

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Upload_WhenAdminSendsDocuments_IndexesMaskedChunksAndAnswersFromThem(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Guide)), "files", "plant-clinic.md" },
            { new ByteArrayContent([0xC0, 0xFF, 0xFE, 0x41]), "files", "broken.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("<p>안내</p>")), "files", "notes.docx" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("  \n")), "files", "empty.md" },
            { new ByteArrayContent([0x00, 0x01, 0x02, 0x62, 0x69, 0x6E]), "files", "bin.txt" },
        };
        var response = await admin.PostAsync("/api/v1/admin/knowledge/documents", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("indexed", results[0].GetProperty("outcome").GetString());
        Assert.Equal("failed", results[1].GetProperty("outcome").GetString());
        Assert.Contains("UTF-8", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        // Each bad file is named with its own reason, and none of them is stored.
        Assert.Equal(["notes.docx", "empty.md", "bin.txt"], results.EnumerateArray().Skip(2).Select(r => r.GetProperty("key").GetString()));
        Assert.All(results.EnumerateArray().Skip(2), r => Assert.Equal("failed", r.GetProperty("outcome").GetString()));
        Assert.Contains("empty", results[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("binary", results[4].GetProperty("error").GetString(), StringComparison.Ordinal);

        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var doc = await db.KnowledgeDocuments.Include(d => d.Chunks).SingleAsync(d => d.Key == "plant-clinic.md");
            Assert.Equal("indexed", doc.Stage);
            Assert.All(doc.Chunks, c => Assert.DoesNotContain("3456-7890", c.Text, StringComparison.Ordinal));
            Assert.Contains(await db.AuditEvents.Where(a => a.EntityId == "plant-clinic.md").Select(a => a.Action).ToListAsync(), a => a == "knowledge.stored");
            Assert.False(await db.KnowledgeDocuments.AnyAsync(d => d.Key == "empty.md" || d.Key == "bin.txt" || d.Key == "notes.docx"));
        }

        var answer = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "반려식물 클리닉은 어떻게 신청해요?" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("plant-clinic.md", answer.GetProperty("citations")[0].GetProperty("document").GetString());

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/knowledge/documents");
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("key").GetString() == "plant-clinic.md" && d.GetProperty("chunks").GetInt32() > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/knowledge/documents/plant-clinic.md")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/admin/knowledge/documents/plant-clinic.md")).StatusCode);
        var after = await (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "반려식물 클리닉은 어떻게 신청해요?" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(after.GetProperty("citations").EnumerateArray(), c => c.GetProperty("document").GetString() == "plant-clinic.md");
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Put_WhenKeyOrCallerIsWrong_RefusesClearly(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var noExtension = await admin.PutAsJsonAsync("/api/v1/admin/knowledge/documents/guide", new { content = "내용" });
        Assert.Equal(HttpStatusCode.BadRequest, noExtension.StatusCode);
        Assert.Contains("key", await noExtension.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/v1/admin/knowledge/documents/empty.md", new { content = " " })).StatusCode);
        using var supervisor = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/v1/admin/knowledge/documents")).StatusCode);
    }
}
