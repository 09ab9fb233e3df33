using Dasan.Core.Access;
using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>Takes a quiz attempt in the browser; the form posts choices and the server scores them.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class QuizModel(QuizService quiz) : PageModel
{
    public QuizPaper? Paper { get; private set; }
    public QuizResult? Result { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Chosen { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var chosen = new Dictionary<string, int>();
        foreach (var q in Paper!.Questions)
        {
            if (int.TryParse(Request.Form[q.Id], System.Globalization.CultureInfo.InvariantCulture, out var choice))
            {
                chosen[q.Id] = choice;
            }
        }

        Chosen = chosen;
        try
        {
            Result = await quiz.SubmitAsync(User.ToActor(), id, chosen, ct);
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors.SelectMany(x => x.Value).ToList();
        }
        catch (RequestRuleException e)
        {
            Errors = [e.Message];
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        try
        {
            Paper = await quiz.PaperAsync(User.ToActor(), id, ct);
            return true;
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            return false;
        }
    }
}
