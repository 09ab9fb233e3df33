using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

/// <summary>Issue 15: <c>dasan triage "문장"</c> triages one sentence.</summary>
[Collection("console")]
public class TriageSentenceTests
{
    [Fact]
    public async Task Triage_WhenGivenASentence_PrintsTheContractWithUrgency()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-triage-").FullName;
        var original = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            Assert.Equal(0, await DasanCommandLine.Build().Parse(["triage", "사람이 쓰러졌어요 숨을 안 쉬어요", "--data", SeededData.Into(dir)]).InvokeAsync());
        }
        finally
        {
            Console.SetOut(original);
        }

        var json = JsonDocument.Parse(writer.ToString()).RootElement;
        Assert.Equal("critical", json.GetProperty("urgency").GetString());
        Assert.Equal(3, json.GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public async Task Triage_WhenNeitherSentenceNorInput_IsAUserError()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-triage-").FullName;
        Assert.Equal(1, await DasanCommandLine.Build().Parse(["triage", "--data", SeededData.Into(dir)]).InvokeAsync());
    }
}
