using Dasan.Core.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages;

/// <summary>The citizen's status page, opened by the secret link (no login).</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class TrackModel(RequestQueries queries, StatusLinkSigner links) : PageModel
{
    [FromRoute] public string? TrackingNumber { get; set; }

    public CitizenRequest? Item { get; private set; }
    public bool Missing { get; private set; }

    /// <summary>Acknowledged and waiting for a journal worker to place it (ADR 0328), when <see cref="Item"/> is null.</summary>
    public JournaledRequest? Queued { get; private set; }

    /// <summary>What was typed holds no tracking number.</summary>
    public bool Unreadable { get; private set; }

    public string Local(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string? no, string? k, CancellationToken ct)
    {
        if (TrackingNumber is null && (!string.IsNullOrWhiteSpace(no) || !string.IsNullOrWhiteSpace(k)))
        {
            var (number, code) = Text.TrackInput.Read(no, k);
            if (number is null)
            {
                Unreadable = true;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            return Redirect($"/track/{Uri.EscapeDataString(number)}?k={Uri.EscapeDataString(code ?? "")}");
        }

        if (TrackingNumber is null)
        {
            return Page();
        }

        Item = await queries.PublicStatusAsync(TrackingNumber, k, links, ct);
        if (Item is null && links.Verify(TrackingNumber, k))
        {
            Queued = await queries.QueuedAsync(TrackingNumber, ct);
            // Stored between the two reads (one commit inserts the request and deletes the entry)?
            Item = Queued is null ? await queries.PublicStatusAsync(TrackingNumber, k, links, ct) : null;
        }

        Missing = Item is null && Queued is null;
        if (Missing)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
