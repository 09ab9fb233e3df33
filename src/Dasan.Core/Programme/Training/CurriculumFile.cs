namespace Dasan.Core.Programme.Training;

/// <summary>The JSON shape of <c>content/programme/curriculum.json</c> (snake_case).</summary>
internal sealed class CurriculumFile
{
    public string Version { get; set; } = "";
    public string TitleKo { get; set; } = "";
    public List<LevelDto> Levels { get; set; } = [];
    public List<ModuleDto> Modules { get; set; } = [];

    internal sealed class LevelDto
    {
        public string Code { get; set; } = "";
        public string NameKo { get; set; } = "";
        public string NameEn { get; set; } = "";
        public bool Mandatory { get; set; }
        public string Description { get; set; } = "";
        public string Who { get; set; } = "";
        public List<string> RequiredModules { get; set; } = [];
        public TargetDto? YearlyTarget { get; set; }
        public string? ExtraRequirementKo { get; set; }
    }

    internal sealed class TargetDto
    {
        public double? Share { get; set; }
        public int? Count { get; set; }
        public string TextKo { get; set; } = "";
    }

    internal sealed class ModuleDto
    {
        public string Code { get; set; } = "";
        public string Level { get; set; } = "";
        public List<string> AlsoLevels { get; set; } = [];
        public string TitleKo { get; set; } = "";
        public string TitleEn { get; set; } = "";
        public List<string> Skills { get; set; } = [];
        public string Proficiency { get; set; } = "";
        public string CompletionRule { get; set; } = "";
        public int MasteryScore { get; set; }
        public int CertificateValidMonths { get; set; }
        public List<string> RecurringForTiers { get; set; } = [];
        public int Minutes { get; set; }
        public string? AudienceKo { get; set; }
        public string ContentMd { get; set; } = "";
        public List<QuestionDto> Quiz { get; set; } = [];
    }

    internal sealed class QuestionDto
    {
        public string Id { get; set; } = "";
        public string Question { get; set; } = "";
        public List<string> Choices { get; set; } = [];
        public int Answer { get; set; }
        public string Explanation { get; set; } = "";
    }
}
