using Dasan.Core.Challenges;

namespace Dasan.Web.Pages.Startup;

/// <summary>The model of the proposal form's fields partial.</summary>
public sealed record ProposalFields(ProposalInput Input, IDictionary<string, string[]> Errors);
