namespace Dasan.Core.Challenges;

/// <summary>What a pilot certificate (실증확인서) states.</summary>
/// <param name="Number">Certificate number, e.g. <c>서울AI실증-2026-01</c>.</param>
/// <param name="Company">Company name, e.g. <c>주식회사 ○○</c>.</param>
/// <param name="BusinessNumber">사업자등록번호, <c>NNN-NN-NNNNN</c>.</param>
/// <param name="ChallengeCode">Challenge code, e.g. <c>CH-2026-01</c>.</param>
/// <param name="ChallengeTitle">Challenge title.</param>
/// <param name="ProposalTitle">Title of the proposal that was piloted.</param>
/// <param name="Bureau">The bureau that ran the pilot, e.g. <c>교통실</c>.</param>
/// <param name="StartsOn">First day of the pilot.</param>
/// <param name="EndsOn">Last day of the pilot.</param>
/// <param name="KpiLines">One line per KPI, e.g. <c>출근 시간대 대여 실패율: 기준 17.8% → 목표 12% → 실측 11.2% (달성)</c>.</param>
/// <param name="Procurement">The procurement sentence, e.g. <c>구매 권고: …</c>.</param>
/// <param name="IssuedOn">Date of issue.</param>
public sealed record CertificateContent(
    string Number,
    string Company,
    string BusinessNumber,
    string ChallengeCode,
    string ChallengeTitle,
    string ProposalTitle,
    string Bureau,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> KpiLines,
    string Procurement,
    DateOnly IssuedOn);
