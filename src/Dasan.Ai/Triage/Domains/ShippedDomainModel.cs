using Dasan.Ai.Learning;
using Dasan.Core.Content;

namespace Dasan.Ai.Triage.Domains;

/// <summary>
/// The domain model shipped in <c>content/models/routing-domain.zip</c> (trained on weak labels, ADR 0107), loaded
/// once. Null when the build carries none, so routing falls back to the catalog alone.
/// </summary>
public static class ShippedDomainModel
{
    public const string Path = "models/routing-domain.zip";

    private static readonly Lazy<TrainedTextClassifier?> Model = new(Load);

    public static TrainedTextClassifier? Instance => Model.Value;

    private static TrainedTextClassifier? Load()
    {
        if (!ShippedContent.List("models/").Contains(Path))
        {
            return null;
        }

        using var stream = ShippedContent.Open(Path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return TrainedTextClassifier.Load(copy);
    }
}
