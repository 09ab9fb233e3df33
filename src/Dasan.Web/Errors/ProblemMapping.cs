using System.Data.Common;
using Dasan.Core.Access;
using Dasan.Core.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Errors;

/// <summary>The one place exceptions become ProblemDetails: 400, 403, 404, 409, 413 and 503 for a database outage.</summary>
public static class ProblemMapping
{
    public static ProblemDetails For(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            RequestValidationException v => new HttpValidationProblemDetails(v.Errors) { Status = 400, Detail = "입력값을 확인해 주세요. (Some fields are invalid.)" },
            RequestNotFoundException => new ProblemDetails { Status = 404, Detail = "민원을 찾을 수 없습니다. (Request not found.)" },
            AccessDeniedException a => new ProblemDetails { Status = 403, Detail = a.Message },
            RequestRuleException r => new ProblemDetails { Status = 409, Detail = r.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Detail = "다른 사용자가 먼저 이 항목을 변경했습니다. 새로 고친 뒤 다시 시도해 주세요. (Someone else changed this first; reload and try again.)" },
            Dasan.Ai.Learning.Registry.ModelNotFoundException m => new ProblemDetails { Status = 404, Detail = m.Message },
            Dasan.Core.Departments.CatalogException c => new ProblemDetails { Status = 400, Detail = c.Message, Extensions = { ["problems"] = c.Problems } },
            BadHttpRequestException { StatusCode: 413 } => new ProblemDetails { Status = 413, Detail = "요청 본문이 너무 큽니다. (Request body too large.)" },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Detail = "요청 형식이 올바르지 않습니다. (Malformed request.)" },
            InvalidDataException => new ProblemDetails { Status = 400, Detail = "요청 본문의 형식이 올바르지 않습니다. (The request body is malformed.)" },
            _ when IsUnknownCharset(exception) => new ProblemDetails { Status = 415, Detail = "지원하지 않는 문자 인코딩입니다. UTF-8로 보내 주세요. (Unsupported charset; send UTF-8.)" },
            _ when IsDatabaseOutage(exception) => new ProblemDetails { Status = 503, Detail = "일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도해 주세요. 접수되지 않았습니다. (The database is unavailable; nothing was saved. Try again.)" },
            _ => new ProblemDetails { Status = 500, Detail = "처리 중 오류가 발생했습니다. (An unexpected error occurred.)" },
        };
    }

    /// <summary>A body declared in a charset .NET does not know (charset=bogus): the client's mistake, not ours.</summary>
    private static bool IsUnknownCharset(Exception e) =>
        e is InvalidOperationException { InnerException: ArgumentException } && e.Message.Contains("charset", StringComparison.OrdinalIgnoreCase);

    private static bool IsDatabaseOutage(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is DbException or TimeoutException or System.Net.Sockets.SocketException)
            {
                return true;
            }

            if (x is InvalidOperationException && x.Message.Contains("transient", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
