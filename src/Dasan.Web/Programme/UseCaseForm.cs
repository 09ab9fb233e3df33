using System.Text.Json.Nodes;
using Dasan.Core.Programme.Risk;

namespace Dasan.Web.Programme;

/// <summary>Turns the use-case form (fields named as in <c>field-rules.json</c>) into a document, on top of the stored one.</summary>
public static class UseCaseForm
{
    public const int DatasetRows = 3;
    public const int RiskRows = 3;
    public const int KpiRows = 2;

    /// <summary>Most rows of one list the form reads; the page shows the stored rows plus one empty row.</summary>
    public const int MaxRows = 10;
    private static readonly string[] Texts = ["bureau", "name", "summary", "owner_role", "topic_area", "seoul_field", "technique", "sourcing", "vendor",
        "review_by", "problem", "expected_benefits", "automation", "appeal_route"];
    private static readonly string[] KpiFields = ["metric", "unit", "baseline", "target", "actual", "period", "how_measured"];

    public static JsonObject Read(IFormCollection form, JsonObject? stored, RiskQuestionnaire q)
    {
        var doc = stored?.DeepClone().AsObject() ?? new JsonObject { ["withheld"] = new JsonObject() };
        foreach (var f in Texts)
        {
            doc[f] = Value(form, f);
        }

        if (stored is null)
        {
            var stage = Value(form, "stage") ?? "idea";
            doc["stage"] = stage;
            doc["stage_dates"] = new JsonObject { [stage] = Value(form, "stage_date") };
        }

        doc["outputs"] = List(form["outputs"]);
        doc["obligations_met"] = List(form["obligations_met"]);
        doc["datasets"] = Rows(MaxRows, i => Value(form, $"datasets[{i}].name") is { } name
            ? new JsonObject { ["name"] = name, ["personal_data"] = form[$"datasets[{i}].personal_data"] == "true", ["pia_link"] = Value(form, $"datasets[{i}].pia_link") }
            : null);
        doc["risks"] = Rows(MaxRows, i => Value(form, $"risks[{i}].risk") is { } risk
            ? new JsonObject { ["risk"] = risk, ["mitigation"] = Value(form, $"risks[{i}].mitigation") }
            : null);
        doc["kpis"] = Rows(MaxRows, i => Kpi(form, i, stored?["kpis"] as JsonArray));
        var answers = new JsonObject(q.All.Where(x => Value(form, "answer." + x.Id) is not null).Select(x => KeyValuePair.Create(x.Id, (JsonNode?)Value(form, "answer." + x.Id))));
        doc["assessment_answers"] = answers.Count > 0 ? answers : null;
        doc["assessment_version"] = answers.Count > 0 ? Value(form, "assessment_version") : null;
        doc.Remove("tier");
        foreach (var empty in doc.Where(p => p.Key is not ("obligations_met" or "withheld") && (p.Value is null || p.Value is JsonArray { Count: 0 })).Select(p => p.Key).ToList())
        {
            doc.Remove(empty);
        }

        return doc;
    }

    /// <summary>A KPI row from the form; the stored row of the same metric keeps its live-measurement key, which the form does not show.</summary>
    private static JsonObject? Kpi(IFormCollection form, int i, JsonArray? stored)
    {
        if (Value(form, $"kpis[{i}].metric") is not { } metric)
        {
            return null;
        }

        var row = new JsonObject(KpiFields.Select(k => KeyValuePair.Create(k, k is "baseline" or "target" or "actual" ? Number(form, $"kpis[{i}].{k}") : (JsonNode?)Value(form, $"kpis[{i}].{k}"))));
        row["better"] = Value(form, $"kpis[{i}].better") is "lower" ? "lower" : "higher";
        if (stored?.OfType<JsonObject>().FirstOrDefault(o => o["metric"]?.ToString() == metric)?["live"]?.ToString() is { } live)
        {
            row["live"] = live;
        }

        return row;
    }

    /// <summary>How many rows of a list the form shows: the stored ones and one empty row, at least <paramref name="min"/>.</summary>
    public static int Shown(JsonObject doc, string list, int min) =>
        Math.Min(MaxRows, Math.Max(min, ((doc[list] as JsonArray)?.Count ?? 0) + 1));

    private static JsonArray List(Microsoft.Extensions.Primitives.StringValues values) =>
        new(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Rows(int count, Func<int, JsonObject?> row) => new(Enumerable.Range(0, count).Select(row).OfType<JsonNode>().ToArray());

    private static string? Value(IFormCollection form, string key) => form[key].ToString().Trim() is { Length: > 0 } v ? v : null;

    private static JsonNode? Number(IFormCollection form, string key) =>
        double.TryParse(Value(form, key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null;
}
