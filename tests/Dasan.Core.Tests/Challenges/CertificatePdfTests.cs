using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dasan.Core.Challenges;

namespace Dasan.Core.Tests.Challenges;

public class CertificatePdfTests
{
    private const int LineBudget = 76; // half-width units: ~38 full-width characters at 11 pt

    private static CertificateContent Sample(string company = "주식회사 따릉랩", string challengeTitle = "따릉이 출근 시간대 대여 실패 줄이기") => new(
        "서울AI실증-2026-01", company, "123-45-67890", "CH-2026-01", challengeTitle,
        "수요 예측 기반 따릉이 재배치 경로 추천", "교통실",
        new DateOnly(2026, 3, 2), new DateOnly(2026, 8, 31),
        ["출근 시간대 대여 실패율: 기준 17.8% → 목표 12% → 실측 11.2% (달성)", "재배치 차량 운행 거리: 기준 1,240km/주 → 목표 1,000km/주 → 실측 1,060km/주 (미달, 목표의 75% 개선)"],
        "구매 권고: 실증 결과가 목표를 대부분 달성하여 교통실은 2027년 본사업 구매를 권고합니다.",
        new DateOnly(2026, 9, 15));

    [Fact]
    public void Render_StartsWithHeaderAndEndsWithEof()
    {
        var pdf = Text(CertificatePdf.Render(Sample()));
        Assert.StartsWith("%PDF-1.", pdf, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", pdf.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_XrefOffsetsPointAtEveryObject()
    {
        var pdf = Text(CertificatePdf.Render(Sample()));
        AssertXrefValid(pdf);
        Assert.Contains("/Encoding /UniKS-UCS2-H", pdf, StringComparison.Ordinal);
        Assert.Contains("/Ordering (Korea1)", pdf, StringComparison.Ordinal);
        Assert.Contains("/Producer (Dasan)", pdf, StringComparison.Ordinal);
        Assert.Contains("/Title <FEFF" + Ucs2("실증확인서"), pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContentStreamHoldsCompanyNumberAndEveryKpiLine()
    {
        var content = Sample();
        var shown = Squash(string.Concat(ShownStrings(Text(CertificatePdf.Render(content)))));
        Assert.Contains(Squash("실 증 확 인 서"), shown, StringComparison.Ordinal);
        Assert.Contains(Squash(content.Company), shown, StringComparison.Ordinal);
        Assert.Contains(Squash(content.Number), shown, StringComparison.Ordinal);
        Assert.Contains(Squash(content.BusinessNumber), shown, StringComparison.Ordinal);
        Assert.Contains(Squash("2026. 3. 2. ~ 2026. 8. 31."), shown, StringComparison.Ordinal);
        Assert.Contains(Squash(content.Procurement), shown, StringComparison.Ordinal);
        Assert.Contains(Squash("위 기업이 서울특별시 AI 실증 과제를 수행하였음을 확인합니다."), shown, StringComparison.Ordinal);
        Assert.Contains("2026년9월15일", shown, StringComparison.Ordinal);
        Assert.Contains("서울특별시장", shown, StringComparison.Ordinal);
        Assert.All(content.KpiLines, kpi => Assert.Contains(Squash(kpi), shown, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WhenTitleLong_WrapsIntoSeveralLinesWithinBudget()
    {
        var title = "따릉이 출근 시간대 대여 실패를 줄이기 위한 수요 예측과 재배치 경로 최적화, 그리고 정류소별 거치대 증설 우선순위 산정 및 시민 안내 메시지 자동화";
        var shown = ShownStrings(Text(CertificatePdf.Render(Sample(challengeTitle: title))));
        var from = shown.IndexOf("과제");
        var to = shown.IndexOf("실증 내용");
        Assert.True(to - from - 1 >= 2, $"expected the title row to wrap, got {to - from - 1} line(s)");
        Assert.Equal(Squash("CH-2026-01 " + title), Squash(string.Concat(shown.Skip(from + 1).Take(to - from - 1))));
        Assert.All(shown, line => Assert.True(Width(line) <= LineBudget, $"{Width(line)} > {LineBudget}: {line}"));
    }

    [Fact]
    public void Render_WhenTextHasCharacterOutsideTheBmp_ReplacesItAndStaysValid()
    {
        var pdf = Text(CertificatePdf.Render(Sample(company: "주식회사 스마일😀랩")));
        AssertXrefValid(pdf);
        var hex = Regex.Matches(pdf, "<([0-9A-F]*)>\\s*Tj").Select(m => m.Groups[1].Value);
        Assert.All(hex, h => Assert.True(h.Length % 4 == 0 && NoSurrogates(h), h));
        Assert.Contains("주식회사 스마일?랩", ShownStrings(pdf));
    }

    [Fact]
    public void Render_WhenKpisOverflowThePage_StopsAboveTheClosingSentenceAndSaysSo()
    {
        var kpis = Enumerable.Range(1, 40).Select(i => $"지표 {i}: 기준 10% → 목표 20% → 실측 25% (달성)").ToList();
        var pdf = Text(CertificatePdf.Render(Sample() with { KpiLines = kpis }));
        AssertXrefValid(pdf);
        var shown = ShownStrings(pdf);
        Assert.Single(shown, s => s == "(이하 생략)");
        Assert.DoesNotContain(shown, s => s.Contains("지표 40:", StringComparison.Ordinal));
        Assert.Equal("서울특별시장", shown[^1]);
        var placed = Regex.Matches(pdf, @"Td <([0-9A-F]*)> Tj").Select(m => (Y: double.Parse(Regex.Match(pdf[..m.Index], @"([\d.]+) $").Groups[1].Value, CultureInfo.InvariantCulture), Text: Decode(m.Groups[1].Value))).ToList();
        var closing = placed.Single(p => p.Text.StartsWith("위 기업이", StringComparison.Ordinal)).Y;
        Assert.All(placed.Where(p => p.Text.StartsWith("- 지표", StringComparison.Ordinal) || p.Text == "(이하 생략)"), p => Assert.True(p.Y > closing + 12, $"{p.Text} at y={p.Y} runs into the closing sentence at y={closing}"));
    }

    [Fact]
    public void Render_LatinMiddleDot_BecomesTheKoreanOne()
    {
        var shown = string.Concat(ShownStrings(Text(CertificatePdf.Render(Sample(challengeTitle: "날씨·행사 반영 수요 예측")))));
        Assert.Contains("날씨\u318D행사", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00B7", shown, StringComparison.Ordinal);
    }

    private static bool NoSurrogates(string hex) =>
        Enumerable.Range(0, hex.Length / 4).Select(i => int.Parse(hex.AsSpan(i * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).All(c => c is < 0xD800 or > 0xDFFF);

    private static void AssertXrefValid(string pdf)
    {
        var start = int.Parse(Regex.Match(pdf, @"startxref\s+(\d+)\s+%%EOF\s*$").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref", pdf[start..], StringComparison.Ordinal);
        var head = Regex.Match(pdf[start..], @"^xref\s+0 (\d+)\s+");
        var count = int.Parse(head.Groups[1].Value, CultureInfo.InvariantCulture);
        var table = pdf.Substring(start + head.Length, count * 20);
        Assert.StartsWith("0000000000 65535 f", table, StringComparison.Ordinal);
        for (var i = 1; i < count; i++)
        {
            var entry = table.Substring(i * 20, 20);
            Assert.Matches(@"^\d{10} 00000 n \n$", entry);
            var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i} 0 obj", pdf[offset..], StringComparison.Ordinal);
        }

        Assert.Contains($"/Size {count}", pdf[(start + head.Length + (count * 20))..], StringComparison.Ordinal);
        var stream = Regex.Match(pdf, @"/Length (\d+) >>\nstream\n");
        var length = int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("\nendstream", pdf[(stream.Index + stream.Length + length)..], StringComparison.Ordinal);
    }

    private static List<string> ShownStrings(string pdf)
    {
        var stream = Regex.Match(pdf, @"stream\n(.*?)\nendstream", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(stream, "<([0-9A-F]*)>\\s*Tj").Select(m => Decode(m.Groups[1].Value))];
    }

    private static string Decode(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    private static string Ucs2(string s) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s));

    private static int Width(string s) => s.Sum(c => c is >= ' ' and <= '~' ? 1 : 2);

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string Text(byte[] pdf) => Encoding.Latin1.GetString(pdf);
}
