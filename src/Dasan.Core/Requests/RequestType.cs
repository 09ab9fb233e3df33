namespace Dasan.Core.Requests;

/// <summary>Kind of civil request, which fixes its legal processing period (민원 처리에 관한 법률).</summary>
public enum RequestType
{
    /// <summary>질의 — a question.</summary>
    Inquiry,

    /// <summary>건의 — a proposal or suggestion.</summary>
    Suggestion,

    /// <summary>고충 — a grievance or complaint.</summary>
    Grievance,

    /// <summary>기타 — anything else; handled at once (within working hours).</summary>
    Other,
}
