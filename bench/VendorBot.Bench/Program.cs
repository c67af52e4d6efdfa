using VendorBot.Bench;

IBenchmarkMode[] modes = [new RetrievalBenchmark(), new ScaleBenchmark(), new VendorBot.Bench.Answering.AnsweringBenchmark(), new VendorBot.Bench.Bot.BotLoadBenchmark()];
var mode = args.Length > 0 ? Array.Find(modes, m => string.Equals(m.Name, args[0], StringComparison.OrdinalIgnoreCase)) : null;
if (mode is null)
{
    await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project bench/VendorBot.Bench -- <mode> [options] (see bench/README.md)");
    foreach (var known in modes)
    {
        await Console.Error.WriteLineAsync($"  {known.Name,-10} {known.Usage}");
    }

    return 2;
}

SQLitePCL.Batteries_V2.Init();
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await mode.RunAsync(BenchArguments.Parse(args[1..]), cancellation.Token);
