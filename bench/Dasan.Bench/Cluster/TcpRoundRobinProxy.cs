using System.Net;
using System.Net.Sockets;

namespace Dasan.Bench.Cluster;

/// <summary>
/// The "small proxy" of the cluster benchmark: a TCP round-robin balancer (like HAProxy in TCP mode). Each client
/// connection goes to the next node that accepts a connection, so a killed node is skipped from then on.
/// </summary>
public sealed class TcpRoundRobinProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<int> _backends;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _next;

    public TcpRoundRobinProxy(IReadOnlyList<int> backendPorts)
    {
        _backends = backendPorts;
        _listener.Start(512);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            for (var tries = 0; tries < _backends.Count; tries++)
            {
                var port = _backends[(int)((uint)Interlocked.Increment(ref _next) % _backends.Count)];
                using var backend = new TcpClient();
                try
                {
                    await backend.ConnectAsync(IPAddress.Loopback, port, _stop.Token);
                }
                catch (SocketException)
                {
                    continue; // node down: try the next one
                }

                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var a = client.GetStream().CopyToAsync(backend.GetStream(), cancel.Token);
                var b = backend.GetStream().CopyToAsync(client.GetStream(), cancel.Token);
                try
                {
                    await Task.WhenAny(a, b);
                }
                catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
                {
                }

                await cancel.CancelAsync();
                return;
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
