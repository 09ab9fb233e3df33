using System.Diagnostics;

namespace Dasan.Cli.Commands;

/// <summary>A progress bar on standard error (redrawn in place on a terminal, a line every 10% otherwise).</summary>
public sealed class ProgressBar(int total, string label)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _done;
    private int _lastDecile = -1;
    private string _stage = "";

    public void Advance()
    {
        _done++;
        if (_interactive && (_done % 25 == 0 || _done == total))
        {
            Console.Error.Write("\r" + Render());
        }
        else if (!_interactive && _done * 10 / Math.Max(1, total) is var decile && decile != _lastDecile)
        {
            _lastDecile = decile;
            Console.Error.WriteLine(Render());
        }
    }

    /// <summary>Moves the bar to <paramref name="done"/> of the total, with a stage label.</summary>
    public void Set(int done, string stage)
    {
        _stage = stage;
        if (done <= _done)
        {
            return;
        }

        _done = Math.Min(done, total) - 1;
        Advance();
    }

    /// <summary>Prints a message above the bar.</summary>
    public void Note(string message) => Console.Error.WriteLine((_interactive ? "\r\u001b[K" : "") + message);

    public void Done()
    {
        if (_interactive)
        {
            Console.Error.WriteLine("\r" + Render());
        }
    }

    private string Render()
    {
        const int width = 30;
        var share = total == 0 ? 1 : (double)_done / total;
        var filled = (int)(share * width);
        var rate = _done / Math.Max(0.001, _watch.Elapsed.TotalSeconds);
        return $"{label} {_stage} [{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total} ({share:P0}) {rate:F0}/s";
    }
}
