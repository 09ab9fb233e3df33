using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Assistant;

/// <summary>Issue 15: one writer per index folder; a second opener (a CLI beside the server) never touches its files.</summary>
public sealed class KnowledgeBaseLeaseTests
{
    private static KnowledgeChunk Chunk(string document, string text) =>
        new($"{document}#0", document, 0, "제목", "본문", text, 0, text.Length, "environment", "자원순환과", "ko");

    [Fact]
    public void Open_WhenAnotherOpenerHoldsTheFolder_SearchesInMemoryAndLeavesTheFilesAlone()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("dasan-lease-").FullName, "knowledge");
        using (var server = new KnowledgeBase(folder, TimeProvider.System))
        {
            Assert.True(server.OnDisk);
            server.Index.Replace("waste", [Chunk("waste", "대형폐기물은 스티커를 붙여 배출합니다.")]);
            server.Index.Commit();
            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();

            using (var cli = new KnowledgeBase(folder, TimeProvider.System))
            {
                Assert.False(cli.OnDisk);
                cli.Index.Rebuild([Chunk("other", "전혀 다른 문서")]);
                cli.Index.Commit();
            }

            Assert.Equal(files, Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList());
            Assert.Single(server.Index.Search("대형폐기물 스티커"));
        }

        using var next = new KnowledgeBase(folder, TimeProvider.System);
        Assert.True(next.OnDisk);
        Assert.Single(next.Index.Search("대형폐기물 스티커"));
    }

    [SkippableFact]
    public async Task Open_WhenAnotherProcessHoldsTheLease_DoesNotOpenTheFolderForWriting()
    {
        Skip.IfNot(File.Exists("/usr/bin/flock"), "util-linux flock is not installed");
        var folder = Path.Combine(Directory.CreateTempSubdirectory("dasan-lease-").FullName, "knowledge");
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/flock", ["-x", folder + ".lock", "sleep", "30"]))!;
        try
        {
            for (var i = 0; i < 50 && IndexWriterLease.TryTake(folder) is { } probe; i++)
            {
                probe.Dispose();
                await Task.Delay(100);
            }

            using var cli = new KnowledgeBase(folder, TimeProvider.System);
            Assert.False(cli.OnDisk);
            Assert.False(Directory.Exists(folder) && Directory.GetFiles(folder).Length > 0);
        }
        finally
        {
            holder.Kill();
        }
    }
}
