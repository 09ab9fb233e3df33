using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Assistant;

/// <summary>
/// A fake OpenAI-compatible server, a Dasan server (real HTTP) whose chat and embedding back-end is that fake,
/// and a second Dasan server whose back-end is down (nothing listens on its port).
/// </summary>
public sealed class LlmAssistantFixture : IAsyncLifetime
{
    public FakeOpenAiServer Model { get; private set; } = null!;
    public DasanHost WithModel { get; private set; } = null!;
    public DasanHost WithModelDown { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Model = await FakeOpenAiServer.StartAsync();
        WithModel = await DasanHost.StartAsync("sqlite",
        [
            $"--Dasan:Llm:Endpoint={Model.BaseUrl}", "--Dasan:Llm:Model=fake-ko", "--Dasan:Llm:ApiKey=test-key",
            "--Dasan:Llm:EmbeddingModel=fake-embed", "--Dasan:Llm:FirstTokenTimeoutSeconds=2", "--Dasan:Llm:TimeoutSeconds=10",
        ], kestrel: true);
        WithModelDown = await DasanHost.StartAsync("sqlite",
            ["--Dasan:Llm:Endpoint=http://127.0.0.1:9/v1", "--Dasan:Llm:Model=fake-ko", "--Dasan:Llm:FirstTokenTimeoutSeconds=2"], kestrel: true);
    }

    public async Task DisposeAsync()
    {
        await WithModel.DisposeAsync();
        await WithModelDown.DisposeAsync();
        await Model.DisposeAsync();
    }
}
