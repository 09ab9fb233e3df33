using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;

namespace Dasan.Ai.Tests.Triage.Routing;

public sealed class RouterCalibratorTests
{
    [Fact]
    public void ForCatalog_BuildsOncePerCatalogContent_AndAnEditedCatalogGetsItsOwnRouter()
    {
        var shipped = CatalogReader.Shipped();
        var (router, summary) = RouterCalibrator.ForCatalog(shipped);
        var (again, _) = RouterCalibrator.ForCatalog(CatalogReader.Shipped()); // equal content, another object

        Assert.Same(router, again);
        var (built, builtSummary) = RouterCalibrator.BuildCalibrated(shipped);
        Assert.Equal(builtSummary, summary);
        const string question = "마을버스 배차 간격이 너무 길어요";
        Assert.Equal(built.Route(question).Units[0].Code, router.Route(question).Units[0].Code);

        // A unit's new example phrase changes what the router knows: not the remembered one.
        var unit = shipped.Units[0];
        var edited = shipped with { Units = [unit with { Examples = [.. unit.Examples, "완전히 새로운 예시 문장입니다"] }, .. shipped.Units.Skip(1)] };
        Assert.NotSame(router, RouterCalibrator.ForCatalog(edited).Router);
    }
}
