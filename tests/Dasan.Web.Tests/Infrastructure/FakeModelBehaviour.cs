namespace Dasan.Web.Tests.Infrastructure;

/// <summary>What <see cref="FakeOpenAiServer"/>'s model does.</summary>
public enum FakeModelBehaviour
{
    /// <summary>Answers from passage [1], citing it.</summary>
    Answer,

    /// <summary>Answers but cites passage [7], which the prompt does not have.</summary>
    WrongCitation,

    /// <summary>Writes the no-answer marker.</summary>
    NoAnswer,

    /// <summary>Sends nothing for a minute (a slow back-end).</summary>
    Stall,
}
