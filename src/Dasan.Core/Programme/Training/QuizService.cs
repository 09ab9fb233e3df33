using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>
/// Quizzes taken in the browser and scored here: start an attempt, submit it once before its deadline. Against passing
/// by elimination (issue 15): each attempt draws its questions from the module's pool in a random order, a member has
/// <see cref="AttemptsPerDay"/> attempts per module per day, and the result names wrong questions only once passed.
/// </summary>
public sealed class QuizService(DasanDbContext db, AuditTrail audit, TimeProvider clock, Curriculum curriculum)
{
    /// <summary>Time allowed between starting and submitting an attempt.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(30);

    /// <summary>Attempts a member may start per module per day (Seoul time).</summary>
    public const int AttemptsPerDay = 3;

    /// <summary>Questions drawn per attempt when the pool holds more.</summary>
    public const int QuestionsPerAttempt = 5;

    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    public async Task<QuizPaper> StartAsync(Actor actor, string moduleCode, CancellationToken ct)
    {
        var module = Require(moduleCode);
        var member = await TrainingMembers.ForActorAsync(db, actor, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var dayStart = (now + Seoul).Date - Seoul;
        var today = await db.QuizAttempts.CountAsync(a => a.RosterMemberId == member.Id && a.ModuleCode == module.Code && a.StartedAt >= dayStart, ct);
        if (today >= AttemptsPerDay)
        {
            throw new RequestRuleException($"이 과목의 퀴즈는 하루 {AttemptsPerDay}번까지 볼 수 있습니다. 강의 내용을 다시 읽고 내일 도전해 주세요. (At most {AttemptsPerDay} attempts a day.)");
        }

        var drawn = module.Quiz.Select(q => q.Id).OrderBy(_ => System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue))
            .Take(Math.Min(module.Quiz.Count, QuestionsPerAttempt)).ToList();
        var attempt = new QuizAttempt
        {
            RosterMemberId = member.Id, ModuleCode = module.Code, CurriculumVersion = curriculum.Version, StartedAt = now, DeadlineAt = now + TimeLimit,
            QuestionIdsJson = JsonSerializer.Serialize(drawn),
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        audit.Record(actor, "training.quiz_started", "quiz_attempt", attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { module = module.Code, member = member.EmployeeNo, attempt.DeadlineAt });
        await db.SaveChangesAsync(ct);
        return Paper(attempt, module);
    }

    /// <summary>The paper of one of the actor's own open attempts.</summary>
    public async Task<QuizPaper> PaperAsync(Actor actor, long attemptId, CancellationToken ct)
    {
        var (attempt, _) = await OwnAttemptAsync(actor, attemptId, ct);
        return Paper(attempt, Require(attempt.ModuleCode)) with { SubmittedAt = attempt.SubmittedAt };
    }

    public async Task<QuizResult> SubmitAsync(Actor actor, long attemptId, IReadOnlyDictionary<string, int> answers, CancellationToken ct)
    {
        var (attempt, member) = await OwnAttemptAsync(actor, attemptId, ct);
        var module = Require(attempt.ModuleCode);
        var now = clock.GetUtcNow().UtcDateTime;
        if (attempt.SubmittedAt is { } at)
        {
            throw new RequestRuleException($"이 퀴즈는 이미 제출했습니다({Kst(at)}). 다시 풀려면 새로 시작하세요. (This attempt was already submitted; start a new one.)");
        }

        if (now > attempt.DeadlineAt)
        {
            attempt.SubmittedAt = now;
            attempt.Passed = false;
            audit.Record(actor, "training.quiz_late", "quiz_attempt", Id(attempt), null, new { module = module.Code, attempt.DeadlineAt, submittedAt = now });
            await db.SaveChangesAsync(ct);
            throw new RequestRuleException($"제출 기한({Kst(attempt.DeadlineAt)})이 지났습니다. 퀴즈를 새로 시작하세요. (The deadline has passed; start a new attempt.)");
        }

        if (attempt.CurriculumVersion != curriculum.Version)
        {
            throw new RequestRuleException($"교육과정이 {attempt.CurriculumVersion}에서 {curriculum.Version}(으)로 바뀌었습니다. 퀴즈를 새로 시작하세요. (The curriculum changed; start a new attempt.)");
        }

        var questions = Questions(attempt, module);
        QuizAnswerValidator.Validate(module.Code, questions, answers);
        var correct = questions.Count(q => answers[q.Id] == q.Answer);
        var score = questions.Count == 0 ? 0 : correct * 100 / questions.Count;
        var passed = score >= module.MasteryScore;
        attempt.SubmittedAt = now;
        attempt.Score = score;
        attempt.Passed = passed;
        attempt.AnswersJson = JsonSerializer.Serialize(answers);
        audit.Record(actor, "training.quiz_submitted", "quiz_attempt", Id(attempt), null, new { module = module.Code, member = member.EmployeeNo, score, passed });
        var completion = passed ? await ModuleCompleter.TryCompleteAsync(db, audit, actor, member, module, now, score, false, ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RequestRuleException("이 퀴즈는 방금 다른 창에서 제출되었습니다. (This attempt was just submitted elsewhere.)");
        }

        // Which answers were wrong is told only once passed: before that it would let a member pass by elimination.
        var wrong = passed ? questions.Select((q, i) => (q, i)).Where(x => answers[x.q.Id] != x.q.Answer).Select(x => x.i + 1).ToList() : [];
        return new QuizResult(attempt.Id, module.Code, score, module.MasteryScore, passed, correct, questions.Count, wrong, completion?.ExpiresAt);
    }

    /// <summary>Records that the actor read the lesson to the end; completes modules whose rule is "completed" (or "both" once passed).</summary>
    public async Task<ModuleCompletion?> MarkReadAsync(Actor actor, string moduleCode, CancellationToken ct)
    {
        var module = Require(moduleCode);
        var member = await TrainingMembers.ForActorAsync(db, actor, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var reading = await db.LessonReadings.SingleOrDefaultAsync(r => r.RosterMemberId == member.Id && r.ModuleCode == module.Code, ct);
        if (reading is null)
        {
            db.LessonReadings.Add(new LessonReading { RosterMemberId = member.Id, ModuleCode = module.Code, ReadAt = now });
        }
        else
        {
            reading.ReadAt = now;
        }

        audit.Record(actor, "training.lesson_read", "training_member", member.EmployeeNo, null, new { module = module.Code });
        var completion = await ModuleCompleter.TryCompleteAsync(db, audit, actor, member, module, now, null, true, ct);
        await db.SaveChangesAsync(ct);
        return completion;
    }

    private CurriculumModule Require(string code) => curriculum.Module(code)
        ?? throw RequestValidationException.For("module", $"'{code}'은(는) 교육과정에 없는 과목입니다. (Unknown module.)");

    private async Task<(QuizAttempt, RosterMember)> OwnAttemptAsync(Actor actor, long attemptId, CancellationToken ct)
    {
        var member = await TrainingMembers.ForActorAsync(db, actor, ct);
        var attempt = await db.QuizAttempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.RosterMemberId == member.Id, ct)
            ?? throw new AccessDeniedException($"퀴즈 응시 {attemptId}을(를) 찾을 수 없습니다. (Attempt not found.)");
        return (attempt, member);
    }

    private static QuizPaper Paper(QuizAttempt a, CurriculumModule m) => new(a.Id, m.Code, m.TitleKo, m.MasteryScore, a.DeadlineAt,
        Questions(a, m).Select((q, i) => new PaperQuestion(q.Id, i + 1, q.Question, q.Choices)).ToList());

    /// <summary>The attempt's drawn questions in the order shown (all, in curriculum order, for older attempts).</summary>
    private static IReadOnlyList<QuizQuestion> Questions(QuizAttempt a, CurriculumModule m) =>
        a.QuestionIdsJson is { } json
            ? JsonSerializer.Deserialize<List<string>>(json)!.Select(id => m.Quiz.FirstOrDefault(q => q.Id == id)).OfType<QuizQuestion>().ToList()
            : m.Quiz;

    private static string Id(QuizAttempt a) => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Kst(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " KST";
}
