using System.Globalization;
using System.Text.Json;
using Dasan.Korean;

namespace Dasan.Bench.Quality;

/// <summary>
/// The evaluation protocol of ADR 0107 in one place. Proposals (민주주의 서울, 2017–2019): the tuning slice is
/// lines 1 mod 13 (eval/triage/dev-labels.jsonl), the reporting slice lines 7 mod 13 (report-labels.jsonl,
/// labelled by a second annotator and never read while tuning); neither slice's text is used for training.
/// Petitions: filed before <see cref="PetitionCutoff"/> may train, later ones are only reported on.
/// </summary>
public sealed class EvalProtocol
{
    public static readonly DateOnly PetitionCutoff = new(2020, 6, 1);

    private readonly KoreanTextPipeline _pipeline = new();

    private EvalProtocol(string root, string data)
    {
        Root = root;
        Data = data;
    }

    public string Root { get; }
    public string Data { get; }
    public string ProposalsPath => Path.Combine(Data, "seoul-proposals-free.jsonl");
    public string TuningLabels => Path.Combine(Root, "eval", "triage", "dev-labels.jsonl");
    public string ReportLabels => Path.Combine(Root, "eval", "triage", "report-labels.jsonl");

    /// <summary>The protocol, or null (with a message) when the shared data is absent.</summary>
    public static EvalProtocol? Open()
    {
        var root = RepoRoot.Find();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        if (!File.Exists(Path.Combine(data, "seoul-proposals-free.jsonl")) || !File.Exists(Path.Combine(data, "petitions-train.csv")))
        {
            Console.WriteLine($"{data} does not hold the shared proposals and petitions; AI quality figures on them are skipped.");
            return null;
        }

        return new EvalProtocol(root, data);
    }

    public static bool IsEvaluationLine(int line) => line % 13 is 1 or 7;

    /// <summary>Every proposal by id, masked, with its 1-based line number.</summary>
    public Dictionary<string, (int Line, string Title, string Body)> Proposals() =>
        File.ReadLines(ProposalsPath).Select((l, i) => (Line: i + 1, E: JsonDocument.Parse(l).RootElement))
            .ToDictionary(x => x.E.GetProperty("id").GetString()!,
                x => (x.Line, Mask(x.E.GetProperty("title").GetString()), Mask(x.E.GetProperty("body").GetString())));

    /// <summary>Petition titles (masked) with category and filing day, train and dev files together.</summary>
    public IEnumerable<(string Title, string Category, DateOnly Filed)> Petitions()
    {
        foreach (var file in new[] { "petitions-train.csv", "petitions-dev.csv" })
        {
            using var reader = new StreamReader(Path.Combine(Data, file));
            using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                if (DateOnly.TryParse(csv.GetField("expiry"), CultureInfo.InvariantCulture, out var expiry))
                {
                    yield return (Mask(csv.GetField("title")), csv.GetField("category") ?? "", expiry.AddDays(-30));
                }
            }
        }
    }

    /// <summary>The shipped knowledge documents as (domain, title, Markdown).</summary>
    public IReadOnlyList<(string Domain, string Title, string Markdown)> Knowledge() =>
        Directory.GetFiles(Path.Combine(Root, "content", "kb"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f))
            .Select(t => (Domain: Front(t, "domain"), Title: Front(t, "title"), Markdown: t))
            .Where(d => d.Domain.Length > 0)
            .ToList();

    private static string Front(string markdown, string key) =>
        markdown.Split('\n').FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim() ?? "";

    private string Mask(string? text) => string.IsNullOrEmpty(text) ? "" : _pipeline.Analyze(text).Masked;
}
