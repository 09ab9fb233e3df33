using Dasan.Ai.Learning;
using Dasan.Korean;

namespace Dasan.Cli.Commands;

/// <summary>Masks personal data in texts before they reach a model (training and prediction alike).</summary>
public static class Masking
{
    private static readonly KoreanTextPipeline Pipeline = new();

    public static string Mask(string text) => Pipeline.Analyze(text).Masked;

    public static IReadOnlyList<LabeledText> MaskAll(IReadOnlyList<LabeledText> rows) =>
        rows.AsParallel().AsOrdered().Select(r => r with { Text = Mask(r.Text) }).ToList();
}
