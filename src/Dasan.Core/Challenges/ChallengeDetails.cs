namespace Dasan.Core.Challenges;

/// <summary>The lists of a challenge, stored as JSON.</summary>
public sealed record ChallengeDetails(IReadOnlyList<ChallengeDataset> Data, IReadOnlyList<ChallengeKpi> Kpis, IReadOnlyList<ChallengeCriterion> Criteria)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ChallengeDetails Parse(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<ChallengeDetails>(json, Json) ?? new ChallengeDetails([], [], []);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Json);
}
