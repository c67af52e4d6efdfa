namespace VendorBot.Bench;

/// <summary>One benchmark the program can run, chosen by the first command-line argument.</summary>
internal interface IBenchmarkMode
{
    /// <summary>The name typed on the command line.</summary>
    string Name { get; }

    /// <summary>One line describing the options.</summary>
    string Usage { get; }

    /// <summary>Runs the benchmark and returns the process exit code.</summary>
    Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken);
}
