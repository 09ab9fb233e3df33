namespace Dasan.Core.Jobs;

/// <summary>The states of a <see cref="JobRecord"/>.</summary>
public static class JobStates
{
    public const string Idle = "idle";
    public const string Running = "running";
    public const string Failed = "failed";

    public static string Korean(string state) => state switch
    {
        Idle => "대기",
        Running => "실행 중",
        Failed => "실패",
        _ => state,
    };
}
