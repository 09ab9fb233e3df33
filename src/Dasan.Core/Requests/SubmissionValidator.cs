using System.Net.Mail;

namespace Dasan.Core.Requests;

/// <summary>Checks a submission on every channel; messages are Korean-first with the English after.</summary>
public static class SubmissionValidator
{
    public static void Validate(RequestSubmission s)
    {
        var errors = Errors(s);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    /// <summary>Every field's problems at once (empty when the submission is valid), so a form can show them together.</summary>
    public static Dictionary<string, string[]> Errors(RequestSubmission s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", s.Title, RequestLimits.TitleMax, "제목을 입력해 주세요. (Enter a title.)");
        Require(errors, "body", s.Body, RequestLimits.BodyMax, "내용을 입력해 주세요. (Enter the details.)");
        Limit(errors, "contactName", s.ContactName, RequestLimits.ContactMax);
        Limit(errors, "contactPhone", s.ContactPhone, RequestLimits.ContactMax);
        Limit(errors, "contactEmail", s.ContactEmail, RequestLimits.ContactMax);
        Limit(errors, "address", s.Address, RequestLimits.AddressMax);
        Limit(errors, "serviceCode", s.ServiceCode, 40);
        Limit(errors, "externalId", s.ExternalId, 100);
        if (!string.IsNullOrWhiteSpace(s.Type) && !StatusNames.TryParse(s.Type, out RequestType _))
        {
            errors["type"] = ["유형은 질의·건의·고충·기타 중 하나여야 합니다. (type must be inquiry, suggestion, grievance or other.)"];
        }

        if (!string.IsNullOrWhiteSpace(s.ContactEmail) && !MailAddress.TryCreate(s.ContactEmail.Trim(), out _))
        {
            errors["contactEmail"] = ["이메일 주소 형식이 올바르지 않습니다. (Not a valid e-mail address.)"];
        }

        if (s.Latitude is { } lat && (lat < -90 || lat > 90 || double.IsNaN(lat)))
        {
            errors["latitude"] = ["위도는 -90에서 90 사이여야 합니다. (latitude must be between -90 and 90.)"];
        }

        if (s.Longitude is { } lon && (lon < -180 || lon > 180 || double.IsNaN(lon)))
        {
            errors["longitude"] = ["경도는 -180에서 180 사이여야 합니다. (longitude must be between -180 and 180.)"];
        }

        if (s.Latitude.HasValue != s.Longitude.HasValue)
        {
            errors[s.Latitude.HasValue ? "longitude" : "latitude"] = ["위도와 경도는 함께 입력해야 합니다. (latitude and longitude go together.)"];
        }

        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int max, string missing)
    {
        if (Text.VisibleText.IsBlank(value))
        {
            errors[field] = [missing];
            return;
        }

        Limit(errors, field, value, max);
    }

    private static void Limit(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors[field] = [$"{max}자 이내로 입력해 주세요(현재 {value.Length}자). (At most {max} characters.)"];
        }
    }
}
