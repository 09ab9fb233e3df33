namespace Dasan.Core.Programme;

/// <summary>
/// Training figures per bureau for the leadership view and <c>dasan programme report</c>. Implemented by the
/// curriculum feature; the portfolio feature only reads it.
/// </summary>
public interface IStaffTrainingSummary
{
    /// <summary>Figures for every bureau that has staff on the roster, as of <paramref name="asOfUtc"/>.</summary>
    Task<IReadOnlyList<BureauTrainingFigures>> SummariseAsync(DateTime asOfUtc, CancellationToken cancellationToken);
}
