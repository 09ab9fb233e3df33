namespace Dasan.Core.Jobs;

/// <summary>A background job: its name, how often it runs, how soon it retries after a failure, and its work.</summary>
public sealed record JobDefinition(string Name, string KoreanName, TimeSpan Period, TimeSpan RetryAfter, Func<IServiceProvider, CancellationToken, Task> Work);
