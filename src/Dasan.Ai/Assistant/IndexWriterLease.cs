namespace Dasan.Ai.Assistant;

/// <summary>
/// One writer per index folder across processes (issue 15): an exclusive lock on <c>&lt;folder&gt;.lock</c>, held for
/// the writer's lifetime. On Linux .NET takes it with <c>flock</c>, so a second process — a <c>dasan</c> command
/// beside the server — is refused and searches an in-memory copy rebuilt from the database instead of rewriting
/// the server's files under it. Lucene's own write lock is not relied on: it did not keep a second process out.
/// </summary>
public sealed class IndexWriterLease : IDisposable
{
    private readonly FileStream _lock;

    private IndexWriterLease(FileStream @lock) => _lock = @lock;

    /// <summary>Takes the lease of <paramref name="indexFolder"/>, or returns null when another writer holds it.</summary>
    public static IndexWriterLease? TryTake(string indexFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexFolder)) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new IndexWriterLease(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}
