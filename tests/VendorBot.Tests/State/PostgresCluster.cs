using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(VendorBot.Tests.State.PostgresCluster))]

namespace VendorBot.Tests.State;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test assembly, started on first use: <c>initdb</c> into a temp folder
/// (as the unprivileged <c>postgres</c> user when the tests run as root, which initdb refuses), <c>pg_ctl</c> on
/// 127.0.0.1 and a free port, password authentication; stopped and deleted when the assembly is done. Each test gets
/// its own database. Without PostgreSQL installed the tests that need it are skipped with a message, unless
/// <c>VENDORBOT_REQUIRE_POSTGRES=1</c> (set by <c>.ci/run</c>), which turns the skip into a failure.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string Password = "pg-test-secret-DoNotLogMe";
    private const string SuperUser = "vendorbot";
    private static long _nextDatabase;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private string? _folder;
    private string? _bin;
    private int _port;
    private string? _unavailable;
    private bool _asRoot;

    /// <summary>A connection string to a new, empty database of its own (starting the cluster on first use).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        await EnsureStartedAsync();
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _nextDatabase)}";
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null && _bin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var stop = await RunAsync(
                Path.Combine(_bin, "pg_ctl"), ["stop", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w"], CancellationToken.None, _asRoot);
            if (stop.ExitCode != 0)
            {
                throw new InvalidOperationException("pg_ctl stop failed: " + stop.Output);
            }

            Directory.Delete(_folder, recursive: true);
        }

        _starting.Dispose();
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = SuperUser, Password = Password, Database = database, MaxPoolSize = 20 }.ToString();

    private async Task EnsureStartedAsync()
    {
        await _starting.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_folder is null && _unavailable is null)
            {
                _unavailable = await StartAsync();
            }
        }
        finally
        {
            _starting.Release();
        }

        if (_unavailable is not null)
        {
            var message = $"PostgreSQL tests need a local PostgreSQL installation (apt-get install postgresql): {_unavailable}";
            Assert.SkipWhen(Environment.GetEnvironmentVariable("VENDORBOT_REQUIRE_POSTGRES") != "1", message);
            Assert.Fail(message + " (VENDORBOT_REQUIRE_POSTGRES=1: these tests must run)");
        }
    }

    private async Task<string?> StartAsync()
    {
        var bin = FindBin();
        if (bin is null)
        {
            return "initdb was not found on PATH or under /usr/lib/postgresql/*/bin";
        }

        var asRoot = _asRoot = Environment.UserName == "root";
        if (asRoot && !await UserExistsAsync("postgres"))
        {
            return "the tests run as root and there is no 'postgres' user to run initdb as";
        }

        var folder = Path.Combine(Path.GetTempPath(), "vendorbot-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        var passwordFile = Path.Combine(folder, "password");
        await File.WriteAllTextAsync(passwordFile, Password);
        if (asRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", folder], CancellationToken.None);
        }

        var ct = TestContext.Current.CancellationToken;
        var init = await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", SuperUser, "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"], ct, asRoot);
        if (init.ExitCode != 0)
        {
            Directory.Delete(folder, recursive: true);
            return "initdb failed: " + init.Output;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            _port = FreePort();
            var options = $"-c listen_addresses=127.0.0.1 -c port={_port} -c unix_socket_directories={folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            var start = await RunAsync(Path.Combine(bin, "pg_ctl"), ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(folder, "log"), "-o", options], ct, asRoot);
            if (start.ExitCode == 0)
            {
                _folder = folder;
                _bin = bin;
                return null;
            }
        }

        var log = File.Exists(Path.Combine(folder, "log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "log"), ct) : "";
        Directory.Delete(folder, recursive: true);
        return "pg_ctl start failed: " + log;
    }

    private static string? FindBin()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').FirstOrDefault(p => File.Exists(Path.Combine(p, "initdb")));
        if (onPath is not null)
        {
            return onPath;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static async Task<bool> UserExistsAsync(string user) => (await RunAsync("id", ["-u", user], CancellationToken.None)).ExitCode == 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
