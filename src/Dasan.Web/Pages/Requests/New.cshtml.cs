using Dasan.Core.Access;
using Dasan.Core.Requests;
using Dasan.Web.Api;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages.Requests;

/// <summary>The citizens' request form; on success shows the tracking number and the secret status link.</summary>
[EnableRateLimiting(WebRegistration.PublicLimit)]
public sealed class NewModel(RequestIntake intake, DasanMetrics metrics) : PageModel
{
    public IReadOnlyList<(string Code, string Label)> Types { get; } =
        [("grievance", "고충 (불편·민원)"), ("suggestion", "건의 (제안)"), ("inquiry", "질의 (문의)"), ("other", "기타")];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Type { get; set; } = "grievance";
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? ContactName { get; set; }
    [BindProperty] public string? ContactPhone { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public SubmittedPageView? Submitted { get; private set; }

    private static readonly string[] FormOrder = ["title", "type", "body", "address", "contactName", "contactPhone", "contactEmail", "consent"];

    /// <summary>The form's errors as (field id, message), in the order the fields appear on the page.</summary>
    public IEnumerable<(string Key, string Message)> ErrorsInFormOrder() =>
        ModelState.Where(e => e.Value!.Errors.Count > 0)
            .OrderBy(e => Array.FindIndex(FormOrder, f => string.Equals(f, e.Key, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : FormOrder.Length)
            .SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)));

    /// <summary>"true" for a field with an error (its <c>aria-invalid</c>), null otherwise (no attribute).</summary>
    public string? Invalid(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public string Local(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? " (KST)" : " (한국 시간)");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var hasContact = !string.IsNullOrWhiteSpace(ContactName) || !string.IsNullOrWhiteSpace(ContactPhone) || !string.IsNullOrWhiteSpace(ContactEmail);
        var submission = new RequestSubmission
        {
            Title = Title, Body = Body, Type = Type, Address = Address,
            ContactName = hasContact ? ContactName : null, ContactPhone = hasContact ? ContactPhone : null, ContactEmail = hasContact ? ContactEmail : null,
        };
        // Every problem at once, in the form's order, so nobody fixes one field only to be told of the next.
        var errors = SubmissionValidator.Errors(submission);
        if (hasContact && !Consent)
        {
            errors["consent"] = ["연락처를 남기려면 개인정보 수집·이용에 동의해 주세요. (Consent is required to leave contact details.)"];
        }

        if (errors.Count > 0)
        {
            foreach (var field in FormOrder.Where(errors.ContainsKey).Concat(errors.Keys.Except(FormOrder)))
            {
                foreach (var message in errors[field])
                {
                    ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }

            return Page();
        }

        try
        {
            var result = await intake.SubmitAsync(submission, RequestChannel.Web, Actor.Citizen, null, null, ct);
            metrics.Submitted.Add(1, new KeyValuePair<string, object?>("channel", "web"));
            var view = SubmittedViews.Of(HttpContext, result);
            Submitted = new SubmittedPageView(view.TrackingNumber, view.DueAt, view.StatusUrl, SubmittedViews.StatusPath(view.TrackingNumber, result.StatusSecret), view.Emergency);
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }

        return Page();
    }
}
