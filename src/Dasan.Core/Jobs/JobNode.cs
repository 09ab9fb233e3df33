namespace Dasan.Core.Jobs;

/// <summary>This process's name in the job table: <c>Dasan:Node:Name</c>, or host name and process id.</summary>
public sealed record JobNode(string Name)
{
    public static JobNode Default(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}:{Environment.ProcessId}" : configured.Trim());
}
