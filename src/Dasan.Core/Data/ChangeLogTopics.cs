namespace Dasan.Core.Data;

/// <summary>The topics of the <see cref="ChangeLogEntry"/> log.</summary>
public static class ChangeLogTopics
{
    /// <summary>Knowledge documents, keyed by document key.</summary>
    public const string Knowledge = "knowledge";
}
