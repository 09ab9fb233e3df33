using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Programme;

/// <summary>
/// The public AI register in English names stages, techniques, fields and obligations in English (they are codes the
/// page names); what the bureaus wrote stays as written. Before, the English page read "아이디어 2024-02-05 · 시범 운영 …".
/// </summary>
public sealed class RegisterLanguageTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Register_WhenReadInEnglish_NamesTheCodesInEnglish(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);

        var english = await client.GetStringAsync("/ai-register?culture=en");
        var korean = await client.GetStringAsync("/ai-register?culture=ko");

        Assert.Contains("Pilot 20", english, StringComparison.Ordinal);
        Assert.Contains("Generative AI", english, StringComparison.Ordinal);
        Assert.Contains("(Target ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("시범 운영 20", english, StringComparison.Ordinal);
        Assert.DoesNotContain("생성형 AI<", english, StringComparison.Ordinal);
        Assert.Contains("시범 운영 20", korean, StringComparison.Ordinal);
        Assert.Contains("(목표 ", korean, StringComparison.Ordinal);
        Assert.Contains("Sign-off by the designated approver", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">Approved<", english, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Register_WhenSearchedInEnglishByAKoreanCodeWord_FindsWhatTheKoreanPageFinds(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);

        var english = await client.GetStringAsync("/ai-register?culture=en&q=" + Uri.EscapeDataString("생성형"));
        var korean = await client.GetStringAsync("/ai-register?culture=ko&q=" + Uri.EscapeDataString("생성형"));

        Assert.Equal(Count(korean), Count(english));
        Assert.True(Count(english) > 0);
    }

    private static int Count(string html) => html.Split("id=\"entry-", StringSplitOptions.None).Length - 1;
}
