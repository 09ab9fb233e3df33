using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Data;
using Dasan.Web.Api;
using Dasan.Web.Auth;
using Dasan.Web.Hosting;
using System.Globalization;

namespace Dasan.Web.Open311;

/// <summary>POST /open311/v2/requests.json: form-encoded, authenticated by the <c>api_key</c> field.</summary>
public static class Open311Intake
{
    public static async Task<IResult> SubmitAsync(HttpContext http, DasanDbContext db, RequestIntake intake, ApiKeyCache keys, DasanMetrics metrics, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return Open311Json.Error(400, "the body must be application/x-www-form-urlencoded or multipart/form-data");
        }

        var form = await http.Request.ReadFormAsync(ct);
        var key = form["api_key"].ToString();
        var principal = string.IsNullOrEmpty(key) ? null : await keys.AuthenticateAsync(db, key, ct);
        if (principal is null)
        {
            return Open311Json.Error(403, "api_key is missing or not valid");
        }

        var code = form["service_code"].ToString();
        if (string.IsNullOrEmpty(code))
        {
            return Open311Json.Error(400, "service_code is required");
        }

        if (!Domains.IsKnown(code))
        {
            return Open311Json.Error(404, $"service_code '{code}' not found");
        }

        var description = form["description"].ToString();
        if (!TryNumber(form["lat"], out var lat) || !TryNumber(form["long"], out var lon))
        {
            return Open311Json.Error(400, "lat and long must be decimal degrees");
        }

        var name = $"{form["last_name"]}{form["first_name"]}".Trim();
        var submission = new RequestSubmission
        {
            Title = Title(description, code),
            Body = description,
            ServiceCode = code,
            ContactEmail = form["email"].ToString() is { Length: > 0 } e ? e : null,
            ContactPhone = form["phone"].ToString() is { Length: > 0 } p ? p : null,
            ContactName = name.Length > 0 ? name : null,
            Address = form["address_string"].ToString() is { Length: > 0 } a ? a : null,
            Latitude = lat,
            Longitude = lon,
        };
        try
        {
            var actor = principal.ToActor();
            var result = await intake.SubmitAsync(submission, RequestChannel.Open311, actor, "open311:" + actor.Name, IdempotencyKey.Read(http), ct);
            if (!result.Replayed)
            {
                metrics.Submitted.Add(1, new KeyValuePair<string, object?>("channel", "open311"));
            }

            var created = new Open311Created(result.Request.TrackingNumber, Open311Mapper.Notice(result.Request), form["account_id"].ToString() is { Length: > 0 } acc ? acc : null);
            return Results.Json(new[] { created }, Open311Json.Options, statusCode: 201);
        }
        catch (RequestValidationException v)
        {
            return Open311Json.Error(400, string.Join("; ", v.Errors.Select(x => $"{Open311Field(x.Key)}: {string.Join(' ', x.Value)}")));
        }
    }

    private static string Title(string description, string code)
    {
        var firstLine = description.Split('\n', 2)[0].Trim();
        if (firstLine.Length == 0)
        {
            return Domains.Korean[code] + " 민원";
        }

        return firstLine.Length <= 60 ? firstLine : firstLine[..60] + "…";
    }

    private static string Open311Field(string field) => field switch
    {
        "body" or "title" => "description",
        "latitude" => "lat",
        "longitude" => "long",
        "contactEmail" => "email",
        "contactPhone" => "phone",
        "address" => "address_string",
        _ => field,
    };

    private static bool TryNumber(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }
}
