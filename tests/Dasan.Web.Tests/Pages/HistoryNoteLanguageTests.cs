using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Dashboards;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Pages;

/// <summary>
/// The note the system writes in a request's history when it masked personal data reads in the page's language; before,
/// the English staff page showed "개인정보 보호를 위해 일부 내용이 가려졌습니다: 전화번호".
/// </summary>
public sealed class HistoryNoteLanguageTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task History_WhenReadInEnglish_SaysWhatWasMaskedInEnglish(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var created = await (await admin.PostAsJsonAsync("/api/v1/requests", new
        {
            title = "가로등이 꺼져 있어요",
            body = "망원동 골목 가로등이 사흘째 꺼져 있어요. 확인되면 010-2345-6789로 연락 주세요.",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        using var staff = await StaffCookieClient.LoginAsync(host, "supervisor");

        var english = await staff.GetStringAsync($"/staff/requests/{id}?culture=en");
        var korean = await staff.GetStringAsync($"/staff/requests/{id}?culture=ko");

        Assert.Contains("Some of the text was masked to protect personal data: Phone", english, StringComparison.Ordinal);
        Assert.DoesNotContain("일부 내용이 가려졌습니다", english, StringComparison.Ordinal);
        Assert.Contains("개인정보 보호를 위해 일부 내용이 가려졌습니다: 전화번호", korean, StringComparison.Ordinal);
    }
}
