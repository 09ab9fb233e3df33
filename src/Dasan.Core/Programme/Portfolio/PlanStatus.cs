namespace Dasan.Core.Programme.Portfolio;

/// <summary>Where a use case's plan (AI 사업 추진계획) is in the review workflow.</summary>
public enum PlanStatus
{
    /// <summary>Being written by the bureau's planner; only the bureau and the control tower see it.</summary>
    Draft,

    /// <summary>Submitted to the control tower for review.</summary>
    Submitted,

    /// <summary>Returned to the bureau with comments.</summary>
    Returned,

    /// <summary>Approved by the control tower: part of the city's portfolio and, at pilot or deployed, of the public register.</summary>
    Approved,
}
