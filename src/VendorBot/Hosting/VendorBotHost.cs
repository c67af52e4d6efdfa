using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VendorBot.Hosting;

/// <summary>Builds the Generic Host every verb runs in: configuration, logging and the features' services.</summary>
internal static class VendorBotHost
{
    /// <summary>Environment variables with this prefix configure VendorBot (<c>VENDORBOT_Discord__Token</c>).</summary>
    public const string EnvironmentPrefix = "VENDORBOT_";

    /// <summary>The settings file read from the working directory.</summary>
    public const string SettingsFile = "appsettings.json";

    /// <summary>
    /// Creates a host builder reading <c>appsettings.json</c>, <c>VENDORBOT_</c> environment variables and user secrets,
    /// then <paramref name="overrides"/> (command-line options such as <c>--db</c>), which win.
    /// </summary>
    /// <exception cref="ConfigurationProblemException">The settings file is not valid JSON, or a value cannot be read as its type.</exception>
    public static HostApplicationBuilder CreateBuilder(
        IReadOnlyDictionary<string, string?>? overrides = null,
        LogLevel minimumLogLevel = LogLevel.Warning)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        var settingsFile = Path.Combine(builder.Environment.ContentRootPath, SettingsFile);
        try
        {
            builder.Configuration.AddJsonFile(SettingsFile, optional: true, reloadOnChange: false);
        }
        catch (InvalidDataException invalid)
        {
            throw ConfigurationCheck.InvalidJson(settingsFile, invalid);
        }

        builder.Configuration
            .AddUserSecrets(typeof(VendorBotHost).Assembly, optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is { Count: > 0 })
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        ConfigurationCheck.ThrowIfInvalid(builder.Configuration);

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddVendorBot();
        return builder;
    }
}
