using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dasan.Bench.Cluster;

/// <summary>A minimal SMTP server on 127.0.0.1 that accepts every message and counts them (the briefings "sent once" check).</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _messages;

    public SmtpSink()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }
    public int Messages => Volatile.Read(ref _messages);
    public List<string> Subjects { get; } = [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        await using (var stream = client.GetStream())
        {
            var reader = new StreamReader(stream, Encoding.ASCII);
            var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            await writer.WriteLineAsync("220 bench ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO") { await writer.WriteLineAsync("250 bench"); }
                else if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 end with .");
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                        if (data.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
                        {
                            lock (Subjects) { Subjects.Add(data); }
                        }
                    }

                    Interlocked.Increment(ref _messages);
                    await writer.WriteLineAsync("250 queued");
                }
                else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); return; }
                else { await writer.WriteLineAsync("250 ok"); }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
