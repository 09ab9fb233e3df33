using System.Reflection;

namespace Dasan.Ai.Generation;

/// <summary>Prompts shipped as embedded files in <c>Generation/Prompts</c>, so they are reviewed like code.</summary>
public static class PromptTemplates
{
    public static string GroundedAnswerSystem { get; } = Read("grounded-answer.system.md");

    public static string GroundedAnswerUser { get; } = Read("grounded-answer.user.md");

    public static string BriefingPolishSystem { get; } = Read("briefing-polish.system.md");

    public static string BriefingPolishUser { get; } = Read("briefing-polish.user.md");

    /// <summary>The word the system prompt asks the model to write when the passages do not answer.</summary>
    public const string NoAnswerMarker = "답변불가";

    private static string Read(string name)
    {
        var resource = "Dasan.Ai.Generation.Prompts." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Prompt '{resource}' is not embedded in Dasan.Ai.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
