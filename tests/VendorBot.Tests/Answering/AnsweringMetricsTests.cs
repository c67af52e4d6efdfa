using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Answering;

namespace VendorBot.Tests.Answering;

public sealed class AnsweringMetricsTests
{
    [Fact]
    public async Task EachAnswerIsCountedByOutcomeAndMode()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        using var answers = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), AnsweringMetrics.MeterName, AnsweringMetrics.AnswersName);

        await host.AskAsync("Who sanctioned Kestrel Systems?");
        await host.AskAsync("What is Zentrix accused of?");

        var measurements = answers.GetMeasurementSnapshot();
        measurements.Count.ShouldBe(2);
        measurements.ShouldContain(m => (string?)m.Tags["outcome"] == "Answered" && (string?)m.Tags["mode"] == "Extractive");
        measurements.ShouldContain(m => (string?)m.Tags["outcome"] == "NotCovered");
    }
}
