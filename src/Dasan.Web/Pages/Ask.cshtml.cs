using Dasan.Ai.Assistant;
using Dasan.Core.Requests;
using Dasan.Core.Text;
using Dasan.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages;

/// <summary>The citizens' Q&amp;A page: extractive answers from the knowledge base with numbered citations, or a refusal.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class AskModel(GroundedAnswerGenerator generator, ITextProtector text, Dasan.Core.Programme.Portfolio.AssistantAnswerRecorder log) : PageModel
{
    [BindProperty] public string? Question { get; set; }

    /// <summary>Optional domain filter (a domain code of the catalog), empty for all.</summary>
    [BindProperty] public string? Domain { get; set; }

    public AskView? Result { get; private set; }
    public string? Error { get; private set; }

    public async Task OnPostAsync(CancellationToken ct)
    {
        try
        {
            Result = (await AskApi.AnswerAsync(new AskBody(Question, Domain, null), generator, text, log, "page", ct)).Value;
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value).Select(m => Text.Bilingual.Pick(m)));
        }
    }
}
