using System.Globalization;

namespace Dasan.Core.Challenges;

/// <summary>
/// Writes a pilot certificate (실증확인서) as a one-page A4 PDF without dependencies: Korean text uses the
/// non-embedded Adobe-Korea1 fonts HYGoThic-Medium and HYSMyeongJo-Medium, which PDF viewers substitute.
/// </summary>
public static class CertificatePdf
{
    /// <summary>Half-width units per body line: about 38 full-width characters at 11 pt.</summary>
    internal const int LineBudget = 76;

    private const double Size = 11;
    private const double Left = 72;
    private const double ValueLeft = Left + (8 * Size);
    private const int ValueBudget = LineBudget - 16;
    private const double Leading = 16;
    private const double Floor = 260;

    /// <summary>Renders the certificate; lines are laid out top to bottom.</summary>
    public static byte[] Render(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var canvas = new CertificateCanvas();
        var width = CertificatePdfFile.PageWidth;
        var height = CertificatePdfFile.PageHeight;
        canvas.Rectangle(36, 36, width - 72, height - 72, 1.5);
        canvas.Rectangle(41, 41, width - 82, height - 82, 0.5);
        canvas.Centred("F2", 26, width, 730, "실 증 확 인 서");

        var flow = new Flow(canvas, 670);
        flow.Row("확인번호", content.Number);
        flow.Row("기업명", content.Company);
        flow.Row("사업자등록번호", content.BusinessNumber);
        flow.Row("과제", $"{content.ChallengeCode} {content.ChallengeTitle}");
        flow.Row("실증 내용", content.ProposalTitle);
        flow.Row("실증 부서", content.Bureau);
        flow.Row("실증 기간", $"{Dotted(content.StartsOn)} ~ {Dotted(content.EndsOn)}");
        flow.Gap(10);
        flow.Lines("F2", Left, "■ 성과지표", LineBudget);
        foreach (var kpi in content.KpiLines)
        {
            flow.Bullet(kpi);
        }

        flow.Gap(10);
        flow.Lines("F1", Left, content.Procurement, LineBudget);

        var y = 225.0;
        foreach (var line in CertificateCanvas.Wrap("위 기업이 서울특별시 AI 실증 과제를 수행하였음을 확인합니다.", LineBudget))
        {
            canvas.Centred("F1", 12, width, y, line);
            y -= 18;
        }

        canvas.Centred("F1", 12, width, 165, $"{content.IssuedOn.Year}년 {content.IssuedOn.Month}월 {content.IssuedOn.Day}일");
        canvas.Centred("F2", 20, width, 110, "서울특별시장");
        return CertificatePdfFile.Build(canvas.Content, $"실증확인서 {content.Number}", content.IssuedOn);
    }

    private static string Dotted(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}. {d.Month}. {d.Day}.");

    /// <summary>Body text going down the page; past the floor it writes "(이하 생략)" once and then nothing.</summary>
    private sealed class Flow(CertificateCanvas canvas, double top)
    {
        private double y = top;
        private bool omitted;

        public void Gap(double points) => y -= points;

        public void Row(string label, string value)
        {
            if (Fits())
            {
                canvas.Text("F2", Size, Left, y, label);
            }

            foreach (var line in CertificateCanvas.Wrap(value, ValueBudget))
            {
                Put("F1", ValueLeft, line);
            }

            y -= 6;
        }

        public void Lines(string font, double x, string text, int budget)
        {
            foreach (var line in CertificateCanvas.Wrap(text, budget))
            {
                Put(font, x, line);
            }
        }

        public void Bullet(string text)
        {
            var lines = CertificateCanvas.Wrap(text, LineBudget - 2);
            for (var i = 0; i < lines.Count; i++)
            {
                Put("F1", i == 0 ? Left : Left + Size, i == 0 ? "- " + lines[i] : lines[i]);
            }
        }

        private bool Fits() => y >= Floor;

        private void Put(string font, double x, string line)
        {
            if (Fits())
            {
                canvas.Text(font, Size, x, y, line);
            }
            else if (!omitted)
            {
                omitted = true;
                canvas.Text("F1", Size, Left, y, "(이하 생략)");
            }

            y -= Leading;
        }
    }
}
