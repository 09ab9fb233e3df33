using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Core.Programme.Training;

/// <summary>The shipped curriculum (<c>content/programme/curriculum.json</c>): levels, modules, lessons and quizzes.</summary>
public sealed class Curriculum
{
    private static readonly Lazy<Curriculum> ShippedValue = new(() => Parse(ShippedContent.ReadText("programme/curriculum.json")));
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private Curriculum(string version, string title, IReadOnlyList<CurriculumLevel> levels, IReadOnlyList<CurriculumModule> modules)
    {
        Version = version;
        Title = title;
        Levels = levels;
        Modules = modules;
    }

    public string Version { get; }
    public string Title { get; }
    public IReadOnlyList<CurriculumLevel> Levels { get; }
    public IReadOnlyList<CurriculumModule> Modules { get; }

    public static Curriculum Shipped() => ShippedValue.Value;

    public CurriculumModule? Module(string code) => Modules.FirstOrDefault(m => m.Code == code);
    public CurriculumLevel? Level(string code) => Levels.FirstOrDefault(l => l.Code == code);

    /// <summary>Module codes a completion may name: the modules and the levels' assessed assignments.</summary>
    public bool IsKnownCompletion(string code) => Module(code) is not null || Levels.Any(l => l.ExtraModule == code);

    /// <summary>Validity in months of a completion of <paramref name="code"/> (24 for assessed assignments).</summary>
    public int ValidMonths(string code) => Module(code)?.ValidMonths ?? 24;

    public static Curriculum Parse(string json)
    {
        var f = JsonSerializer.Deserialize<CurriculumFile>(json, Json) ?? throw new InvalidOperationException("curriculum.json is empty.");
        var levels = f.Levels.Select(l => new CurriculumLevel(l.Code, l.NameKo, l.NameEn, l.Mandatory, l.Description, l.Who, l.RequiredModules,
            l.YearlyTarget?.Share, l.YearlyTarget?.Count, l.YearlyTarget?.TextKo ?? "", l.ExtraRequirementKo)).ToList();
        var modules = f.Modules.Select(m => new CurriculumModule(m.Code, m.Level, m.AlsoLevels, m.TitleKo, m.TitleEn, m.Skills, m.Proficiency,
            CompletionRules.Parse(m.CompletionRule), m.MasteryScore, m.CertificateValidMonths, m.RecurringForTiers.Select(Tiers.Parse).ToList(),
            m.Minutes, m.AudienceKo, m.ContentMd, m.Quiz.Select(q => new QuizQuestion(q.Id, q.Question, q.Choices, q.Answer, q.Explanation)).ToList())).ToList();
        foreach (var missing in levels.SelectMany(l => l.RequiredModules.Where(c => modules.All(m => m.Code != c)).Select(c => (l.Code, c))))
        {
            throw new InvalidOperationException($"curriculum.json: level {missing.Item1} requires unknown module {missing.c}.");
        }

        return new Curriculum(f.Version, f.TitleKo, levels, modules);
    }
}
