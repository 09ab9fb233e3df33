using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>Start-up registration, proposals (editable until the challenge closes) and their attachments.</summary>
public sealed partial class ProposalService(DasanDbContext db, AuditTrail audit, ChallengeService challenges, ChallengeOptions options, TimeProvider clock)
{
    public static Actor ActorOf(Startup s) => new(ActorKind.Citizen, "startup:" + s.Login);

    public async Task<Startup> RegisterAsync(StartupRegistration r, CancellationToken ct)
    {
        var e = new Dictionary<string, string[]>();
        var number = BusinessNumber.Normalize(r.BusinessNumber);
        if (Len(r.Name) is < 2 or > 120) { e["name"] = ["기업명을 2~120자로 적어 주세요. (Organisation name.)"]; }
        if (number is null) { e["businessNumber"] = ["사업자등록번호는 10자리(000-00-00000)이고 끝자리 검증번호가 맞아야 합니다. (Business number: 10 digits with a valid check digit.)"]; }
        if (Len(r.Representative) is < 2 or > 60) { e["representative"] = ["대표자 이름을 적어 주세요. (Representative.)"]; }
        if (Len(r.ContactName) is < 2 or > 60) { e["contactName"] = ["담당자 이름을 적어 주세요. (Contact name.)"]; }
        if (r.Email is null || !EmailPattern().IsMatch(r.Email.Trim())) { e["email"] = ["전자우편 주소가 올바르지 않습니다. (E-mail address.)"]; }
        if (r.Phone is null || !PhonePattern().IsMatch(r.Phone.Trim())) { e["phone"] = ["전화번호를 02-1234-5678처럼 적어 주세요. (Phone number.)"]; }
        if (r.Login is null || !LoginPattern().IsMatch(r.Login)) { e["login"] = ["아이디는 영문 소문자·숫자·.-_ 4~40자입니다. (Login: 4–40 of a-z 0-9 . - _.)"]; }
        if (Len(r.Password) is < 10 or > 200) { e["password"] = ["비밀번호는 10자 이상이어야 합니다. (Password: at least 10 characters.)"]; }
        if (e.Count == 0 && await db.Startups.AnyAsync(s => s.BusinessNumber == number, ct)) { e["businessNumber"] = ["이미 등록된 사업자등록번호입니다. 기존 계정으로 로그인하세요. (Already registered.)"]; }
        if (e.Count == 0 && await db.Startups.AnyAsync(s => s.Login == r.Login, ct)) { e["login"] = ["이미 쓰이는 아이디입니다. (Login taken.)"]; }
        if (e.Count > 0)
        {
            throw new RequestValidationException(e);
        }

        var s = new Startup
        {
            Name = r.Name!.Trim(), BusinessNumber = number!, Representative = r.Representative!.Trim(), ContactName = r.ContactName!.Trim(),
            Email = r.Email!.Trim(), Phone = r.Phone!.Trim(), Login = r.Login!, PasswordHash = PasswordHasher.Hash(r.Password!),
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Startups.Add(s);
        audit.Record(ActorOf(s), "startup.registered", "startup", s.Login, null, new { s.Name, s.BusinessNumber });
        await db.SaveChangesAsync(ct);
        return s;
    }

    public async Task<Proposal> SubmitAsync(Startup s, Challenge c, ProposalInput input, CancellationToken ct)
    {
        DemandOpen(c);
        Validate(c, input);
        if (await db.Proposals.AnyAsync(p => p.ChallengeId == c.Id && p.StartupId == s.Id, ct))
        {
            throw new RequestRuleException("이 과제에는 이미 제안서를 냈습니다. 마감 전까지 낸 제안서를 고칠 수 있습니다. (One proposal per challenge; edit the one you sent.)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var p = new Proposal
        {
            Number = await NextNumberAsync(ct), ChallengeId = c.Id, StartupId = s.Id, Title = "", Summary = "", Approach = "",
            SubmittedAt = now, Outcome = ProposalOutcome.Pending,
        };
        Apply(p, input, now);
        db.Proposals.Add(p);
        audit.Record(ActorOf(s), "proposal.submitted", "proposal", p.Number, null, new { Challenge = c.Code, p.Title, p.Trl, p.PriceKrw });
        await db.SaveChangesAsync(ct);
        return p;
    }

    public async Task UpdateAsync(Startup s, Proposal p, Challenge c, ProposalInput input, CancellationToken ct)
    {
        DemandOwn(s, p);
        DemandOpen(c);
        Validate(c, input);
        var before = new { p.Title, p.Trl, p.PriceKrw, p.Months };
        Apply(p, input, clock.GetUtcNow().UtcDateTime);
        audit.Record(ActorOf(s), "proposal.updated", "proposal", p.Number, before, new { p.Title, p.Trl, p.PriceKrw, p.Months });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ProposalAttachment> AttachAsync(Startup s, Proposal p, Challenge c, string? fileName, byte[] content, CancellationToken ct)
    {
        DemandOwn(s, p);
        DemandOpen(c);
        if (await db.ProposalAttachments.CountAsync(a => a.ProposalId == p.Id, ct) >= options.MaxAttachments)
        {
            throw RequestValidationException.For("file", $"첨부 파일은 {options.MaxAttachments}개까지입니다. (At most {options.MaxAttachments} files.)");
        }

        var (name, type, note) = AttachmentCheck.Check(fileName, content, options.MaxAttachmentBytes);
        var a = new ProposalAttachment
        {
            ProposalId = p.Id, FileName = name, ContentType = type, Size = content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            ScanNote = note, Content = content, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ProposalAttachments.Add(a);
        audit.Record(ActorOf(s), "proposal.attached", "proposal", p.Number, null, new { a.FileName, a.Size, a.Sha256 });
        await db.SaveChangesAsync(ct);
        return a;
    }

    public async Task DetachAsync(Startup s, Proposal p, Challenge c, long attachmentId, CancellationToken ct)
    {
        DemandOwn(s, p);
        DemandOpen(c);
        var a = await db.ProposalAttachments.FirstOrDefaultAsync(x => x.Id == attachmentId && x.ProposalId == p.Id, ct)
            ?? throw new RequestNotFoundException("첨부 파일이 없습니다. (No such attachment.)");
        db.ProposalAttachments.Remove(a);
        audit.Record(ActorOf(s), "proposal.detached", "proposal", p.Number, new { a.FileName, a.Sha256 }, null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether the challenge takes proposals today (published, between its opening and closing dates, Seoul time).</summary>
    public bool IsOpen(Challenge c) => c.Status == ChallengeStatus.Published && challenges.Today >= c.OpensOn && challenges.Today <= c.ClosesOn;

    private void DemandOpen(Challenge c)
    {
        if (!IsOpen(c))
        {
            throw new RequestRuleException($"{c.Code} 과제는 지금 제안을 받지 않습니다(접수 {c.OpensOn:yyyy-MM-dd}~{c.ClosesOn:yyyy-MM-dd}). (The challenge is not open for proposals.)");
        }
    }

    private static void DemandOwn(Startup s, Proposal p)
    {
        if (p.StartupId != s.Id)
        {
            throw new AccessDeniedException("다른 기업의 제안서입니다. (Not your proposal.)");
        }
    }

    private static void Validate(Challenge c, ProposalInput i)
    {
        var e = new Dictionary<string, string[]>();
        var max = BudgetBands.All[c.BudgetBand].Max;
        if (Len(i.Title) is < 4 or > 120) { e["title"] = ["제목을 4~120자로 적어 주세요. (Title: 4–120 characters.)"]; }
        if (Len(i.Summary) is < 20 or > 2000) { e["summary"] = ["요약을 20~2,000자로 적어 주세요. (Summary: 20–2000 characters.)"]; }
        if (Len(i.Approach) is < 20 or > 4000) { e["approach"] = ["수행 방법을 20~4,000자로 적어 주세요. (Approach: 20–4000 characters.)"]; }
        if (i.Trl < c.MinTrl || i.Trl > 9) { e["trl"] = [$"이 과제는 기술성숙도(TRL) {c.MinTrl} 이상을 요구합니다. (TRL {c.MinTrl}–9 required.)"]; }
        if (i.PriceKrw <= 0 || i.PriceKrw > max) { e["priceKrw"] = [$"제안 금액은 1원 이상 {max:N0}원 이하입니다({BudgetBands.Korean(c.BudgetBand)}). (Price within the budget band.)"]; }
        if (i.Months < 1 || i.Months > c.PilotMonths) { e["months"] = [$"실증 기간은 1~{c.PilotMonths}개월입니다. (Months within the pilot length.)"]; }
        if (e.Count > 0)
        {
            throw new RequestValidationException(e);
        }
    }

    private static void Apply(Proposal p, ProposalInput i, DateTime now)
    {
        p.Title = i.Title!.Trim();
        p.Summary = i.Summary!.Trim();
        p.Approach = i.Approach!.Trim();
        p.Trl = i.Trl;
        p.PriceKrw = i.PriceKrw;
        p.Months = i.Months;
        p.UpdatedAt = now;
    }

    private Task<string> NextNumberAsync(CancellationToken ct) => ProposalNumbers.NextAsync(db, challenges.Today.Year, ct);

    private static int Len(string? s) => s?.Trim().Length ?? 0;

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^0\d{1,2}-\d{3,4}-\d{4}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[a-z0-9._-]{4,40}$")]
    private static partial Regex LoginPattern();
}
