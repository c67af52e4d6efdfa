using System.Globalization;
using VendorBot.Knowledge.Search;

namespace VendorBot.Bench;

/// <summary>Builds <see cref="SearchOptions"/> from the defaults plus <c>--set Name=Value</c> overrides.</summary>
internal static class SearchSettings
{
    public static SearchOptions From(BenchArguments arguments)
    {
        var options = new SearchOptions();
        foreach (var (name, value) in arguments.Settings)
        {
            var property = typeof(SearchOptions).GetProperty(name) ?? throw new ArgumentException($"unknown search option '{name}'");
            property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        return options;
    }

    public static string Describe(SearchOptions options) => string.Join(", ", typeof(SearchOptions).GetProperties()
        .Select(property => string.Create(CultureInfo.InvariantCulture, $"{property.Name}={property.GetValue(options)}")));
}
