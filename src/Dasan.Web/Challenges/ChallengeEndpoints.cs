using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Challenges;

/// <summary>The hub's non-page endpoints: the public feed, attachment downloads and pilot certificates (each checks who asks).</summary>
public static class ChallengeEndpoints
{
    public static void MapChallengeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/challenges/feed.xml", async (DasanDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        {
            var open = await db.Challenges.AsNoTracking().Where(c => c.Status == ChallengeStatus.Published).OrderByDescending(c => c.PublishedAt).Take(50).ToListAsync(ct);
            return Results.Text(ChallengeFeed.Render(open, $"{http.Request.Scheme}://{http.Request.Host}", clock.GetUtcNow().UtcDateTime), "application/atom+xml; charset=utf-8");
        }).RequireRateLimiting(Hosting.WebRegistration.PublicLimit);

        app.MapGet("/challenges/attachments/{id:long}", async (long id, DasanDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var a = await db.ProposalAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            var p = a is null ? null : await db.Proposals.AsNoTracking().Include(x => x.Challenge).FirstAsync(x => x.Id == a.ProposalId, ct);
            if (a is null || p is null || !await HubViewer.CanSeeProposalAsync(http, db, p, ct))
            {
                return Results.NotFound("첨부 파일을 찾을 수 없습니다. (Attachment not found.)");
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(a.Content, a.ContentType, a.FileName);
        });

        app.MapGet("/challenges/pilots/{code}/certificate.pdf", async (string code, DasanDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var pilot = await db.Pilots.AsNoTracking().Include(x => x.Proposal).ThenInclude(p => p!.Startup).Include(x => x.Measurements).FirstOrDefaultAsync(x => x.Code == code, ct);
            if (pilot?.CertificateNumber is null || pilot.Proposal is null)
            {
                return Results.NotFound("실증확인서가 없습니다. (No certificate.)");
            }

            var c = await db.Challenges.AsNoTracking().FirstAsync(x => x.Id == pilot.ChallengeId, ct);
            pilot.Proposal.Challenge = c;
            if (!await HubViewer.CanSeeProposalAsync(http, db, pilot.Proposal, ct))
            {
                return Results.NotFound("실증확인서가 없습니다. (No certificate.)");
            }

            return Results.File(CertificatePdf.Render(PilotCertificate.Content(c, pilot)), "application/pdf", $"{pilot.CertificateNumber}.pdf");
        });
    }
}
