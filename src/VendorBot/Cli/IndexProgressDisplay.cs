using System.Globalization;
using Spectre.Console;
using VendorBot.Knowledge.Indexing;

namespace VendorBot.Cli;

/// <summary>
/// Shows an indexing run's phases (reading, writing passages, claims, FTS merge), each with its own progress: bars on
/// a terminal; otherwise a line when a phase starts and one every few seconds while it runs.
/// </summary>
internal sealed class IndexProgressDisplay
{
    /// <summary>How often a redirected run prints where it is.</summary>
    public static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private readonly TextWriter? _plain;
    private readonly TimeProvider _timeProvider;

    private IndexProgressDisplay(TextWriter? plain, TimeProvider timeProvider)
    {
        _plain = plain;
        _timeProvider = timeProvider;
    }

    /// <summary>Bars when <paramref name="output"/> is an interactive terminal, plain lines on it otherwise.</summary>
    public static IndexProgressDisplay Create(TextWriter output) =>
        CliTerminal.IsInteractive(output) ? new(null, TimeProvider.System) : new(output, TimeProvider.System);

    /// <summary>Plain lines on <paramref name="output"/>, timed by <paramref name="timeProvider"/> (tests use fake time).</summary>
    public static IndexProgressDisplay Plain(TextWriter output, TimeProvider timeProvider) => new(output, timeProvider);

    /// <summary>The words for a phase, e.g. "writing passages".</summary>
    public static string Label(IndexPhase phase) => phase switch
    {
        IndexPhase.Reading => "reading files",
        IndexPhase.WritingPassages => "writing passages",
        IndexPhase.Claims => "finding claims",
        IndexPhase.FtsMerge => "merging the full-text index",
        _ => phase.ToString(),
    };

    /// <summary>Runs <paramref name="run"/> with a progress sink that updates this display.</summary>
    public Task<ReindexReport> RunAsync(Func<IProgress<IndexProgress>, Task<ReindexReport>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return _plain is { } output ? run(new PlainLines(output, _timeProvider)) : RunWithBarsAsync(run);
    }

    private static Task<ReindexReport> RunWithBarsAsync(Func<IProgress<IndexProgress>, Task<ReindexReport>> run) =>
        AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var bars = new Bars(context);
            var report = await run(bars).ConfigureAwait(false);
            bars.Finish();
            return report;
        });

    /// <summary>Plain lines: one when a phase starts, then one every <see cref="PlainEvery"/>.</summary>
    internal sealed class PlainLines(TextWriter output, TimeProvider timeProvider) : IProgress<IndexProgress>
    {
        private IndexPhase? _phase;
        private long _lastLine;

        public void Report(IndexProgress value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (_phase != value.Phase)
            {
                _phase = value.Phase;
                _lastLine = timeProvider.GetTimestamp();
                output.WriteLine(value.Total > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{Capitalised(Label(value.Phase))}: {value.Processed}/{value.Total}")
                    : $"{Capitalised(Label(value.Phase))}...");
                return;
            }

            if (timeProvider.GetElapsedTime(_lastLine) >= PlainEvery)
            {
                _lastLine = timeProvider.GetTimestamp();
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Capitalised(Label(value.Phase))}: {value.Processed}{(value.Total > 0 ? "/" + value.Total.ToString(CultureInfo.InvariantCulture) : string.Empty)}"));
            }
        }

        private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }

    // One bar per phase, created when the phase starts; the previous one is completed then.
    private sealed class Bars(ProgressContext context) : IProgress<IndexProgress>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<IndexPhase, ProgressTask> _tasks = [];

        public void Report(IndexProgress value)
        {
            lock (_lock)
            {
                if (!_tasks.TryGetValue(value.Phase, out var task))
                {
                    Finish();
                    task = context.AddTask(Label(value.Phase), maxValue: Math.Max(value.Total, 1));
                    task.IsIndeterminate = value.Total == 0;
                    _tasks[value.Phase] = task;
                }

                if (value.Total > 0)
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = value.Total;
                    task.Value = value.Processed;
                }
            }
        }

        public void Finish()
        {
            lock (_lock)
            {
                foreach (var task in _tasks.Values)
                {
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            }
        }
    }
}
