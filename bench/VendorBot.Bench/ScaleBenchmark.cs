namespace VendorBot.Bench;

/// <summary>Placeholder replaced below.</summary>
internal sealed class ScaleBenchmark : IBenchmarkMode
{
    public string Name => "scale";

    public string Usage => "[--passages 1000000] [--data ../shared/data/beir]";

    public Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken) => Task.FromResult(2);
}
