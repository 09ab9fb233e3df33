namespace Dasan.Korean.PersonalData;

/// <summary>A span of personal data found in a text.</summary>
/// <param name="Type">The kind of personal data.</param>
/// <param name="Start">Offset of the first character in the examined text.</param>
/// <param name="Length">Number of characters (UTF-16 code units).</param>
/// <param name="Confidence">Between 0 and 1; higher when checksums or context words agree.</param>
/// <param name="Original">The matched text; set to null before logging or printing it.</param>
public sealed record PersonalDataFinding(PersonalDataType Type, int Start, int Length, double Confidence, string? Original)
{
    /// <summary>Offset after the last character.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int End => Start + Length;
}
