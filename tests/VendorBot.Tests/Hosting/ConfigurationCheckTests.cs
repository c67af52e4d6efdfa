using System.CommandLine;
using Microsoft.Extensions.Configuration;
using VendorBot.Cli;
using VendorBot.Hosting;

namespace VendorBot.Tests.Hosting;

public sealed class ConfigurationCheckTests
{
    [Fact]
    public void ABadDurationNamesTheKeyTheValueAndTheExpectedForm()
    {
        var exception = Should.Throw<ConfigurationProblemException>(() => VendorBotHost.CreateBuilder(new Dictionary<string, string?> { ["Bot:FloodWindow"] = "banana" }));

        exception.Problems.ShouldBe(["Bot:FloodWindow: 'banana' is not a duration like 00:01:00 (hh:mm:ss)"]);
    }

    [Fact]
    public void SeveralBadValuesAreAllListed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:MaxConcurrentAnswers"] = "lots",
            ["Knowledge:Search:K1"] = "one point two",
            ["Llm:Provider"] = "Skynet",
            ["Bot:AdminUserIds:0"] = "@alice",
            ["Knowledge:ReadOnly"] = "yes",
        }).Build();

        var exception = Should.Throw<ConfigurationProblemException>(() => ConfigurationCheck.ThrowIfInvalid(configuration));

        exception.Problems.ShouldBe(
        [
            "Bot:AdminUserIds:0: '@alice' is not a whole number of 0 or more (a Discord id is a number like 123456789012345678)",
            "Bot:MaxConcurrentAnswers: 'lots' is not a whole number",
            "Knowledge:ReadOnly: 'yes' is not true or false",
            "Knowledge:Search:K1: 'one point two' is not a number like 1.5",
            "Llm:Provider: 'Skynet' is not one of None, OpenAI, AzureOpenAI, OpenAICompatible",
        ], ignoreOrder: true);
    }

    [Fact]
    public void TheExampleSettingsAreReadable()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(AppSettingsExampleTests.ExamplePath()).Build();

        ConfigurationCheck.ThrowIfInvalid(configuration);
    }

    [Fact]
    public void InvalidJsonNamesTheFileTheLineAndThePosition()
    {
        var path = Path.Combine(Path.GetTempPath(), $"appsettings-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"Bot\": {\n    \"FloodWindow\" \"00:01:00\"\n  }\n}\n");
        try
        {
            var load = Should.Throw<InvalidDataException>(() => new ConfigurationBuilder().AddJsonFile(path).Build());

            var problem = ConfigurationCheck.InvalidJson(path, load).Problems.ShouldHaveSingleItem();

            problem.ShouldStartWith($"{path}: not valid JSON at line 3, position 19: ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TheCommandLinePrintsEveryProblemOnItsOwnLineAndExitsWithTheUsageCode()
    {
        var command = new RootCommand();
        CliVerb.SetAction(command, (_, _) => throw new ConfigurationProblemException(["Bot:FloodWindow: 'banana' is not a duration", "Bot:HistoryTurns: 'x' is not a whole number"]));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await command.Parse([]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ReplaceLineEndings("\n").ShouldBe(
            "error: configuration has 2 problems:\n  Bot:FloodWindow: 'banana' is not a duration\n  Bot:HistoryTurns: 'x' is not a whole number\n");
    }
}
