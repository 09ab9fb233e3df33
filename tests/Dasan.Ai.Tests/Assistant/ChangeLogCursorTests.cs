using Dasan.Ai.Assistant;
using Microsoft.Extensions.Time.Testing;

namespace Dasan.Ai.Tests.Assistant;

/// <summary>Issue 16: the change-log cursor never skips an entry committed late, and does not wait forever on a rolled-back id.</summary>
public sealed class ChangeLogCursorTests
{
    [Fact]
    public void Applied_WhenAnIdIsMissing_WaitsForItThenPassesItAfterTheGrace()
    {
        var clock = new FakeTimeProvider();
        var dir = Directory.CreateTempSubdirectory("dasan-cursor-").FullName;
        var file = Path.Combine(dir, "knowledge.cursor");
        var cursor = new ChangeLogCursor(file, clock);

        cursor.Applied([1, 2, 4], [1, 2, 4]);
        Assert.Equal(2, cursor.UpTo);
        Assert.True(cursor.IsApplied(4));
        Assert.False(cursor.IsApplied(3));

        clock.Advance(TimeSpan.FromSeconds(5));
        cursor.Applied([3], [3, 4]); // id 3 committed late: applied, and the cursor moves past 4
        Assert.Equal(4, cursor.UpTo);

        cursor.Applied([6], [6]);
        Assert.Equal(4, cursor.UpTo);
        clock.Advance(ChangeLogCursor.GapGrace + TimeSpan.FromSeconds(1));
        cursor.Applied([], [6]); // id 5 never came (a rolled-back insert)
        Assert.Equal(6, cursor.UpTo);
        Assert.Equal(6, new ChangeLogCursor(file, clock).UpTo); // a restart resumes there
        Directory.Delete(dir, recursive: true);
    }
}
