using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dasan.Testing;

/// <summary>
/// xUnit's own framework, plus <see cref="TestRunScope.Start"/> before the first test and <see cref="TestRunScope.End"/>
/// once every test of the assembly has run and before the runner is told the assembly finished: the test host is stopped within a fraction of a second after that message,
/// too soon for clean-up at process exit. Each test project names it with <c>[assembly: TestFramework]</c> (in its
/// project file).
/// </summary>
public sealed class ScopedTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            TestRunScope.Start(); // here, not at load: discovery and --list-tests load the assembly and run nothing
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(
        ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            // A failing clean-up is reported as the assembly's clean-up failure; thrown from here it would end the host.
            foreach (var failure in await Task.Run(TestRunScope.End))
            {
                Aggregator.Add(failure);
            }

            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
