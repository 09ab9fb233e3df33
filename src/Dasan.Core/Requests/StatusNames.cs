namespace Dasan.Core.Requests;

/// <summary>Stable wire codes and Korean labels of statuses and types.</summary>
public static class StatusNames
{
    public static string Code(RequestStatus status) => status switch
    {
        RequestStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? code, out RequestStatus status)
    {
        foreach (var value in Enum.GetValues<RequestStatus>())
        {
            if (string.Equals(Code(value), code, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string Korean(RequestStatus status) => status switch
    {
        RequestStatus.Received => "접수",
        RequestStatus.Assigned => "부서 배정",
        RequestStatus.InProgress => "처리 중",
        RequestStatus.Answered => "답변 완료",
        RequestStatus.Closed => "종결",
        RequestStatus.Transferred => "이송",
        RequestStatus.Duplicate => "중복",
        RequestStatus.Rejected => "반려",
        _ => status.ToString(),
    };

    public static string Code(RequestType type) => type switch
    {
        RequestType.Inquiry => "inquiry",
        RequestType.Suggestion => "suggestion",
        RequestType.Grievance => "grievance",
        _ => "other",
    };

    public static string Korean(RequestType type) => type switch
    {
        RequestType.Inquiry => "질의",
        RequestType.Suggestion => "건의",
        RequestType.Grievance => "고충",
        _ => "기타",
    };

    /// <summary>Accepts the English code or the Korean name (질의, 건의, 고충·진정, 기타).</summary>
    public static bool TryParse(string? text, out RequestType type)
    {
        type = text?.Trim().ToLowerInvariant() switch
        {
            "inquiry" or "질의" => RequestType.Inquiry,
            "suggestion" or "건의" or "제안" => RequestType.Suggestion,
            "grievance" or "고충" or "진정" or "고충·진정" => RequestType.Grievance,
            "other" or "기타" => RequestType.Other,
            _ => (RequestType)(-1),
        };
        return Enum.IsDefined(type);
    }
}
