namespace Dasan.Korean.PersonalData;

/// <summary>Finds one family of personal data in a text.</summary>
internal interface IPersonalDataRecognizer
{
    /// <summary>Appends every candidate found in <paramref name="text"/> to <paramref name="findings"/>.</summary>
    void Find(string text, List<PersonalDataFinding> findings);
}
