using Xunit.Abstractions;

namespace Dasan.Testing;

/// <summary>
/// Starts the test collections named <c>slow: …</c> first, the others in xUnit's own order after them. xUnit runs as many
/// collections at once as the machine has cores and starts them in order, so a minute-long test that happens to be
/// ordered last runs alone at the end with a core idle (ADR 0327). A project opts in with
/// <c>[assembly: TestCollectionOrderer]</c> (in its project file).
/// </summary>
public sealed class SlowFirstCollectionOrderer : ITestCollectionOrderer
{
    public const string Prefix = "slow: ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.StartsWith(Prefix, StringComparison.Ordinal) ? 0 : 1); // stable: the rest keep their order
}
