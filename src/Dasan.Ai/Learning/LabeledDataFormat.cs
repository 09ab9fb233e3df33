namespace Dasan.Ai.Learning;

/// <summary>File formats <see cref="LabeledDataReader"/> reads.</summary>
public enum LabeledDataFormat
{
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}
