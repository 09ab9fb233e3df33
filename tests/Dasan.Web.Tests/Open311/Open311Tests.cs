using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Open311;

public class Open311Tests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Services_WhenListed_HaveEveryDomainAndUnknownServiceIsTheSpecs404(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var services = await host.Client.GetFromJsonAsync<JsonElement>("/open311/v2/services.json");
        Assert.Equal(12, services.GetArrayLength());
        Assert.Equal("transport", services[0].GetProperty("service_code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/open311/v2/services/safety.json")).StatusCode);
        var missing = await host.Client.GetAsync("/open311/v2/services/potholes.json");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var error = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, error[0].GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error[0].GetProperty("description").GetString()));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task PostRequest_WhenFormWithApiKey_CreatesRequestReadableByIdAndInList(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var key = await host.CreateApiKeyAsync(StaffRole.Integration);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "safety", ["description"] = "사당역 4번 출구 앞 보도블록이 깨져서 넘어질 뻔했어요.",
            ["lat"] = "37.4765", ["long"] = "126.9816", ["first_name"] = "민지", ["last_name"] = "김", ["phone"] = "010-2345-6789",
        });
        var response = await host.Client.PostAsync("/open311/v2/requests.json", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;

        var one = await host.Client.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json");
        Assert.Equal("open", one[0].GetProperty("status").GetString());
        Assert.Equal("safety", one[0].GetProperty("service_code").GetString());
        Assert.DoesNotContain("2345-6789", one[0].GetRawText(), StringComparison.Ordinal);
        var list = await host.Client.GetFromJsonAsync<JsonElement>("/open311/v2/requests.json?service_code=safety&status=open");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task PostRequest_WhenKeyMissingOrServiceUnknownOrDescriptionEmpty_ReturnsSpecErrors(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var key = await host.CreateApiKeyAsync(StaffRole.Integration);
        async Task<(HttpStatusCode, JsonElement)> Post(Dictionary<string, string> fields)
        {
            var r = await host.Client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(fields));
            return (r.StatusCode, await r.Content.ReadFromJsonAsync<JsonElement>());
        }

        var (noKey, _) = await Post(new() { ["service_code"] = "safety", ["description"] = "보도블록 파손" });
        Assert.Equal(HttpStatusCode.Forbidden, noKey);
        var (unknown, body) = await Post(new() { ["api_key"] = key, ["service_code"] = "potholes", ["description"] = "보도블록 파손" });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(404, body[0].GetProperty("code").GetInt32());
        var (empty, emptyBody) = await Post(new() { ["api_key"] = key, ["service_code"] = "safety", ["description"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("description", emptyBody[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/open311/v2/requests/1999-0000000.json")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Requests_WhenSentThroughTheApi_AreListedUnderTheirTriagedService(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await (await api.PostAsJsonAsync("/api/v1/requests", new
        {
            title = "472번 버스 배차 간격",
            body = "472번 시내버스 배차 간격이 출근 시간에 너무 깁니다. 25분 넘게 기다렸어요. 증차해 주세요.",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("trackingNumber").GetString()!;
        var domain = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{number}")).GetProperty("domain").GetString()!;

        var one = await host.Client.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{number}.json");
        Assert.Equal(domain, one[0].GetProperty("service_code").GetString());
        Assert.False(string.IsNullOrEmpty(one[0].GetProperty("service_name").GetString()));
        var list = await host.Client.GetFromJsonAsync<JsonElement>($"/open311/v2/requests.json?service_code={domain}");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == number);
    }
}
