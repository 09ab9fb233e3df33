namespace Dasan.Core.Programme;

/// <summary>One bureau's training figures.</summary>
/// <param name="Bureau">Bureau name as in <see cref="Departments.Department.Bureau"/> (e.g. 교통실).</param>
/// <param name="Staff">Staff on the roster in the bureau.</param>
/// <param name="L0Completed">Staff holding a valid (unexpired) L0 AI-literacy completion.</param>
/// <param name="CertificatesByLevel">Valid certificates per level code (L0, L1, L2-1, L2-2, L3).</param>
/// <param name="OperatorsRequired">Staff who operate a tier III–IV AI system and therefore need recurring training.</param>
/// <param name="OperatorsCompliant">Of those, staff whose recurring training is current.</param>
public sealed record BureauTrainingFigures(
    string Bureau,
    int Staff,
    int L0Completed,
    IReadOnlyDictionary<string, int> CertificatesByLevel,
    int OperatorsRequired,
    int OperatorsCompliant)
{
    /// <summary>Share of the bureau's staff with L0 completed, 0 when the bureau has no staff.</summary>
    public double L0CompletedShare => Staff == 0 ? 0 : (double)L0Completed / Staff;
}
