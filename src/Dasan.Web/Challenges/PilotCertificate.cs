using System.Globalization;
using Dasan.Core.Challenges;

namespace Dasan.Web.Challenges;

/// <summary>What the certificate of a finished pilot states: the company, the challenge, the period and each KPI's last measurement against its target.</summary>
public static class PilotCertificate
{
    public static CertificateContent Content(Challenge c, Pilot pilot)
    {
        var p = pilot.Proposal!;
        var kpis = ChallengeDetails.Parse(c.DetailsJson).Kpis;
        var lines = kpis.Select((k, i) =>
        {
            var last = pilot.Measurements.Where(m => m.KpiIndex == i).OrderBy(m => m.On).ThenBy(m => m.Id).LastOrDefault();
            var baseline = k.Baseline is { } b ? $"기준 {Num(b)}{k.Unit} → " : "";
            var result = last is null ? "측정 없음" : $"실측 {Num(last.Value)}{k.Unit} ({(k.Met(last.Value) ? "달성" : "미달")})";
            return $"{k.Metric}: {baseline}목표 {Num(k.Target)}{k.Unit} → {result}";
        }).ToList();
        var procurement = $"{ChallengeNames.Procurement(pilot.Procurement)}: {pilot.ProcurementNote}";
        return new CertificateContent(pilot.CertificateNumber!, p.Startup!.Name, p.Startup.BusinessNumber, c.Code, c.Title, p.Title, c.Bureau,
            pilot.StartsOn, pilot.EndsOn, lines, procurement, DateOnly.FromDateTime(pilot.CertificateIssuedAt!.Value.AddHours(9)));
    }

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
