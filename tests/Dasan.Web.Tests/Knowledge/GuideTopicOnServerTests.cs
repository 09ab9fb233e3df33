using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Knowledge;

/// <summary>
/// The guide topic model (ADR 0111) speaks only for a guide whose words it was fitted on. The shipped guides reach the
/// server's index through the database, not from the folder the model was fitted on: their fingerprints must match, or
/// the server would silently answer without what the training questions taught.
/// </summary>
public sealed class GuideTopicOnServerTests
{
    [Fact]
    public async Task ShippedGuide_WhenIndexedByTheServer_HasTheFingerprintTheModelWasFittedOn()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Seed:DemoData=false"]);
        var kb = host.Services.GetRequiredService<KnowledgeBase>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await kb.SyncAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), force: false, CancellationToken.None);
        }

        var topics = RefusalModel.Default.Topics!;

        var topic = kb.Answerer.Assess("청년도약계좌 가입 조건이 뭐예요").Topic.Split('\n');

        Assert.Equal("G=seoul-youth-allowance.md", topic[0]);
        Assert.Equal(GuideTopicModel.FingerprintPrefix + topics.Fingerprints!["seoul-youth-allowance.md"], topic[1]);
        Assert.True(topics.Probability(string.Join('\n', topic)) < topics.Prior);
    }
}
