using System.Globalization;

namespace VendorBot.Knowledge.Indexing;

/// <summary>
/// The one-writer-at-a-time lock of an index file, held by the process for the whole run: an exclusive lock on
/// <c>&lt;index&gt;.lock</c> (the operating system releases it when the process dies, so a killed run never leaves it
/// stuck), and <c>&lt;index&gt;.writer</c> saying which process holds it and since when.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private IndexWriteLock(FileStream lockStream, string ownerPath)
    {
        _lock = lockStream;
        _ownerPath = ownerPath;
    }

    /// <summary>
    /// Takes the write lock of <paramref name="databasePath"/>. When another run holds it, fails at once with the holder's
    /// pid and start time, or with <paramref name="wait"/> retries until it is free (or <paramref name="cancellationToken"/> fires).
    /// </summary>
    /// <exception cref="IndexBusyException">Another run holds the lock and <paramref name="wait"/> is false.</exception>
    public static async Task<IndexWriteLock> AcquireAsync(string databasePath, bool wait, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var full = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryAcquire(full, timeProvider) is { } acquired)
            {
                return acquired;
            }

            if (!wait)
            {
                throw new IndexBusyException(Busy(full));
            }

            await Task.Delay(RetryEvery, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // The next holder overwrites it; a stale note never blocks anyone (the lock itself is what counts).
        }

        _lock.Dispose();
    }

    private static IndexWriteLock? TryAcquire(string databasePath, TimeProvider timeProvider)
    {
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock(2) on Unix and a sharing lock on Windows, within one process too.
            stream = new FileStream(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        var ownerPath = databasePath + ".writer";
        var started = timeProvider.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}, started {started}"));
        return new IndexWriteLock(stream, ownerPath);
    }

    private static string Busy(string databasePath)
    {
        string? owner = null;
        try
        {
            owner = File.ReadAllText(databasePath + ".writer").Trim();
        }
        catch (IOException)
        {
            // Released (or not yet described) between our attempt and this read.
        }

        var holder = owner is { Length: > 0 } ? $" ({owner})" : string.Empty;
        return $"another index run is writing '{databasePath}'{holder}; wait for it to finish, or run again with --wait";
    }
}
