using System.Text.Json.Nodes;
using Dasan.Core.Content;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Programme;

public sealed class UseCaseValidatorTests
{
    [Fact]
    public void Validate_WhenShippedSamples_AllPassWithTheDeclaredTier()
    {
        var own = JsonNode.Parse(ShippedContent.ReadText("programme/dasan-own-ai.json"))!["use_cases"]!.AsArray().Select(n => n!.AsObject());
        foreach (var doc in SampleUseCases.All().Concat(own))
        {
            var declared = (string?)doc["tier"];
            var result = SampleUseCases.Validator().Validate(doc);
            Assert.Equal(declared, result?.Tier);
        }
    }

    [Fact]
    public void Validate_WhenPlannedStageSkipsProblem_NamesTheField()
    {
        var doc = SampleUseCases.All().First(u => (string)u["stage"]! == "planned");
        doc.Remove("problem");

        var e = Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(doc));

        Assert.Equal(["problem"], e.Errors.Keys);
    }

    [Fact]
    public void Validate_WhenIdeaStage_DoesNotRequirePlanFields()
    {
        var doc = SampleUseCases.All().First(u => (string)u["stage"]! == "idea");

        foreach (var field in new[] { "problem", "technique", "datasets", "risks", "expected_benefits" })
        {
            doc.Remove(field);
        }

        Assert.Null(SampleUseCases.Validator().Validate(doc) is { } r && r.Prohibited ? r : null);
    }

    [Fact]
    public void Validate_WhenPilotTierTwoWithoutAppealRoute_RequiresIt_ButTierOneDoesNot()
    {
        var docs = SampleUseCases.All().Where(u => (string)u["stage"]! is "pilot" or "deployed").ToList();
        var tier2 = docs.First(u => (string)u["tier"]! == "II");
        var tier1 = docs.First(u => (string)u["tier"]! == "I");
        tier2["appeal_route"] = null;
        tier1["appeal_route"] = null;

        var e = Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(tier2));
        Assert.True(e.Errors.ContainsKey("appeal_route"));
        SampleUseCases.Validator().Validate(tier1);
    }

    [Fact]
    public void Validate_WhenPersonalDataAtPilotHasNoPia_NamesTheDatasetItem()
    {
        var doc = SampleUseCases.All().First(u => (string)u["stage"]! == "pilot" && u["datasets"]!.AsArray().Any(d => (bool)d!["personal_data"]!));
        var index = doc["datasets"]!.AsArray().ToList().FindIndex(d => (bool)d!["personal_data"]!);
        doc["datasets"]![index]!["pia_link"] = null;

        var e = Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(doc));

        Assert.True(e.Errors.ContainsKey($"datasets[{index}].pia_link"));
    }

    [Fact]
    public void Validate_WhenDeclaredTierDisagreesWithAssessment_Rejects()
    {
        var doc = SampleUseCases.ByCode("UC-001");
        doc["tier"] = "IV";

        var e = Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(doc));

        Assert.True(e.Errors.ContainsKey("tier"));
    }

    [Fact]
    public void Validate_WhenAnsweredAgainstOldVersionOrUnknownField_NamesBoth()
    {
        var doc = SampleUseCases.ByCode("UC-001");
        doc["assessment_version"] = "2025.2";
        doc["colour"] = "blue";

        var e = Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(doc));

        Assert.True(e.Errors.ContainsKey("assessment_version"));
        Assert.True(e.Errors.ContainsKey("colour"));
    }

    [Fact]
    public void Validate_WhenWithholdingTheName_Rejects()
    {
        var doc = SampleUseCases.ByCode("UC-001");
        doc["withheld"] = new JsonObject { ["name"] = "비밀" };

        Assert.Throws<RequestValidationException>(() => SampleUseCases.Validator().Validate(doc));
    }

    [Theory]
    [InlineData("idea", "planned", true)]
    [InlineData("planned", "pilot", true)]
    [InlineData("pilot", "deployed", true)]
    [InlineData("deployed", "retired", true)]
    [InlineData("idea", "retired", true)]
    [InlineData("idea", "deployed", false)]
    [InlineData("deployed", "pilot", false)]
    [InlineData("retired", "deployed", false)]
    [InlineData("pilot", "launched", false)]
    public void CanMove_WhenGivenTwoStages_AllowsOneStepOrRetirementOnly(string from, string to, bool allowed) =>
        Assert.Equal(allowed, StageMachine.CanMove(FieldRules.Shipped(), from, to));
}
