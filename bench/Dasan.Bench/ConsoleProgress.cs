namespace Dasan.Bench;

/// <summary>Progress lines printed on the calling thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class ConsoleProgress : IProgress<string>
{
    public void Report(string value) => Console.WriteLine(value);
}
