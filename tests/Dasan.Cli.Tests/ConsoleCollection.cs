namespace Dasan.Cli.Tests;

/// <summary>Tests that capture standard output run alone, so no other test writes into what they read.</summary>
[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
