using System.Globalization;
using VendorBot.GatewayBench;

// Gateway dispatch: 100,000 MESSAGE_CREATE events per run. After a warm-up, the three rows run interleaved
// (floor, transport, client, floor, ...) so machine load hits them alike; each row reports its fastest run.
const int Events = 100_000;
const int WarmUpEvents = 10_000;
const int Rounds = 5;

var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : Events;
var frames = Payloads.Frames(Payloads.MessageData(events, 1));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{events:N0} MESSAGE_CREATE events, {frames.Average(frame => frame.Length):F0} bytes each; best of {Rounds} interleaved rounds after a warm-up"));

await using var transportRunner = await TransportRunner.StartAsync();
await using var clientRunner = await ClientRunner.StartAsync();
await FloorRunner.RunAsync(Payloads.Frames(Payloads.MessageData(WarmUpEvents, 1)));
await transportRunner.RunAsync(WarmUpEvents);
await clientRunner.RunAsync(WarmUpEvents);

Measurement? floor = null, transport = null, client = null;
for (var round = 0; round < Rounds; round++)
{
    floor = Faster(floor, await FloorRunner.RunAsync(frames));
    transport = Faster(transport, await transportRunner.RunAsync(events));
    client = Faster(client, await clientRunner.RunAsync(events));
}

Console.WriteLine();
Console.WriteLine("| run | events/s | CPU µs per event | bytes allocated per event |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var row in new[] { floor!, transport!, client! })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {row.Name} | {row.EventsPerSecond:N0} | {row.CpuMicrosecondsPerEvent:F1} | {row.BytesPerEvent:N0} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"client / floor: {client!.BytesPerEvent / floor!.BytesPerEvent:F2}x bytes per event, {floor.EventsPerSecond / client.EventsPerSecond:F2}x wall time per event, {client.CpuMicrosecondsPerEvent / floor.CpuMicrosecondsPerEvent:F2}x CPU per event"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"client minus transport: {client.CpuMicrosecondsPerEvent - transport!.CpuMicrosecondsPerEvent:F1} CPU µs and {client.BytesPerEvent - transport.BytesPerEvent:N0} bytes per event ({(client.CpuMicrosecondsPerEvent - transport.CpuMicrosecondsPerEvent) / floor.CpuMicrosecondsPerEvent:F2}x / {(client.BytesPerEvent - transport.BytesPerEvent) / floor.BytesPerEvent:F2}x floor)"));
return 0;

static Measurement Faster(Measurement? best, Measurement candidate) =>
    best is null || candidate.Elapsed < best.Elapsed ? candidate : best;
