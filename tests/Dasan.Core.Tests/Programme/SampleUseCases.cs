using System.Text.Json.Nodes;
using Dasan.Core.Content;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Risk;

namespace Dasan.Core.Tests.Programme;

/// <summary>The shipped sample use cases and a validator over the shipped rules, questionnaire and catalog.</summary>
internal static class SampleUseCases
{
    public static List<JsonObject> All() =>
        JsonNode.Parse(ShippedContent.ReadText("programme/use-cases.json"))!["use_cases"]!.AsArray().Select(n => n!.AsObject()).ToList();

    public static JsonObject ByCode(string code) => All().Single(u => (string)u["code"]! == code);

    public static UseCaseValidator Validator() => new(FieldRules.Shipped(), RiskQuestionnaire.Shipped(),
        CatalogReader.Shipped().Bureaus.Select(b => b.Name).Append("시민소통기획관").ToHashSet(), Domains.Korean.Keys.ToHashSet());
}
