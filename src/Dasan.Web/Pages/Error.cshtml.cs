using Dasan.Web.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages;

/// <summary>
/// The error page people see on a page (404, 403, 429, 500…), in the site's layout and their language, re-executed by the
/// exception handler and the status code pages (<see cref="PageRequests"/>); programs get problem+json instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    /// <summary>What went wrong in this request, from the exception (Korean and English, "한국어. (English.)"), if it says more than the status.</summary>
    public string? Detail { get; private set; }

    // The status comes from the query the re-execution sets, never from a form: the body of a refused request is not read.
    public IActionResult OnGet([FromQuery] int? status) => Show(status);

    public IActionResult OnPost([FromQuery] int? status) => Show(status);

    public IActionResult OnPut([FromQuery] int? status) => Show(status);

    public IActionResult OnDelete([FromQuery] int? status) => Show(status);

    private PageResult Show(int? status)
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error)
        {
            var problem = ProblemMapping.For(error);
            Status = problem.Status ?? StatusCodes.Status500InternalServerError;
            Detail = Status is 400 or 403 or 404 or 409 or 503 ? problem.Detail : null;
        }
        else if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null && status is >= 400 and < 600)
        {
            Status = status.Value;
        }

        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }

        Response.StatusCode = Status;
        return Page();
    }

    /// <summary>The page's heading for <see cref="Status"/> (Korean; the page translates it).</summary>
    public string Heading => Status switch
    {
        400 or 415 => "요청을 처리할 수 없습니다",
        401 or 403 => "이 페이지를 볼 권한이 없습니다",
        404 => "찾으시는 페이지가 없습니다",
        405 => "이 주소에서는 할 수 없는 요청입니다",
        409 => "다른 변경과 겹쳐 저장하지 못했습니다",
        413 => "보낸 내용이 너무 큽니다",
        429 => "요청이 너무 많습니다",
        503 => "잠시 서비스를 이용할 수 없습니다",
        _ => "처리 중 오류가 발생했습니다",
    };

    /// <summary>What the reader can do next (Korean; the page translates it).</summary>
    public string Advice => Status switch
    {
        400 or 415 => "입력한 내용을 확인한 뒤 다시 시도해 주세요.",
        401 or 403 => "담당 부서의 민원만 볼 수 있습니다. 필요하면 다른 계정으로 로그인해 주세요.",
        404 => "주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 첫 화면에서 다시 찾아 주세요.",
        405 => "첫 화면에서 다시 시작해 주세요.",
        409 => "화면을 새로 고친 뒤 다시 시도해 주세요.",
        413 => "내용이나 첨부를 줄여서 다시 보내 주세요.",
        429 => "1분쯤 지나 다시 시도해 주세요.",
        503 => "잠시 후 다시 시도해 주세요. 보내신 내용은 저장되지 않았습니다.",
        _ => "잠시 후 다시 시도해 주세요. 문제가 계속되면 120다산콜(국번 없이 120)로 알려 주세요.",
    };
}
