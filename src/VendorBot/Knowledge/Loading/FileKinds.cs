using System.Runtime.InteropServices;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Tells regular files from the other things a directory can hold under a document's name (a named pipe, a device, a
/// socket), which must never be opened: opening a FIFO blocks until something writes to it. Linux's <c>statx(2)</c>
/// gives the type without opening; its buffer has the same layout on every architecture.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxBufferBytes = 256;
    private const int StatxModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>
    /// Why <paramref name="path"/> (links followed) is not read, e.g. "a named pipe (FIFO), not a regular file", or null
    /// for a regular file or when the type cannot be told here (other systems: <see cref="DocumentLoader"/>'s bounded open still applies).
    /// </summary>
    public static string? NotRegularReason(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxBufferBytes];
        try
        {
            if (Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        var type = BitConverter.ToUInt16(buffer, StatxModeOffset) & TypeMask;
        var kind = type switch
        {
            0x8000 => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a directory",
            _ => "not a regular file",
        };
        return kind is null ? null : $"{kind}, not a regular file; not read";
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directoryFd, byte[] path, int flags, uint mask, byte[] buffer);
}
