namespace Dasan.Web.Pages.Requests;

/// <summary>What the confirmation shows after a citizen submits.</summary>
public sealed record SubmittedPageView(string TrackingNumber, DateTime DueAt, string StatusUrl, string StatusPath, Dasan.Core.Requests.EmergencyAdvice? Emergency = null);
