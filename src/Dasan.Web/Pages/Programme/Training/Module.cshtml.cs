using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Training;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>A module's lesson (shipped content), "read to the end" and the start of its quiz.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ModuleModel(Curriculum curriculum, QuizService quiz) : PageModel
{
    public CurriculumModule Module { get; private set; } = null!;
    public string LessonHtml { get; private set; } = "";
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    public IActionResult OnGet(string code) => Load(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReadAsync(string code, CancellationToken ct)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        try
        {
            var completion = await quiz.MarkReadAsync(User.ToActor(), code, ct);
            Message = completion is null ? "학습 완료를 기록했습니다." : $"학습 완료를 기록했고 이수했습니다(~{TrainingDates.Day(completion.ExpiresAt)}).";
        }
        catch (RequestRuleException e)
        {
            Problem = e.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string code, CancellationToken ct)
    {
        if (!Load(code))
        {
            return NotFound();
        }

        try
        {
            var paper = await quiz.StartAsync(User.ToActor(), code, ct);
            return Redirect($"/programme/training/attempts/{paper.AttemptId}");
        }
        catch (RequestRuleException e)
        {
            Problem = e.Message;
            return Page();
        }
    }

    private bool Load(string code)
    {
        if (curriculum.Module(code) is not { } m)
        {
            return false;
        }

        Module = m;
        LessonHtml = LessonRenderer.ToHtml(m.ContentMarkdown);
        return true;
    }
}
