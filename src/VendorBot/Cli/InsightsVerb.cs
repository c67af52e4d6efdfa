using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Rendering;
using VendorBot.Answering;
using VendorBot.Hosting;
using VendorBot.Insights;
using VendorBot.State;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot insights [--days N] [--guild id] [--json] [--state file] [--db path]</c>: what users asked over the last
/// days, from the answers log: the questions the sources don't cover by topic, the answers voted not helpful, the vendors
/// asked about and the answer rate per day, so an admin knows which sources to add next.
/// </summary>
internal static class InsightsVerb
{
    private const int PlainWidth = 120;

    /// <summary>Creates the <c>insights</c> command.</summary>
    public static Command Create()
    {
        var days = new Option<int>("--days") { Description = $"Days to look back, today included (1 to {InsightsLimits.MaxDays}).", DefaultValueFactory = _ => InsightsLimits.DefaultDays };
        var guild = new Option<string?>("--guild") { Description = "Only questions asked in this Discord server (its id)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var state = new Option<string?>("--state") { Description = "The SQLite state store file that holds the answers log (default: State:DatabasePath, beside the index)." };
        var db = DatabaseOption.Create();
        var command = new Command("insights", "What users asked that the sources could not answer, answers voted not helpful, vendors asked about, answer rate per day.");
        command.Options.Add(days);
        command.Options.Add(guild);
        command.Options.Add(json);
        command.Options.Add(state);
        command.Options.Add(db);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            var window = parse.GetValue(days);
            if (window is < 1 or > InsightsLimits.MaxDays)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--days must be between 1 and {InsightsLimits.MaxDays} (was {window})"));
            }

            var overrides = DatabaseOption.Overrides(parse.GetValue(db));
            if (!string.IsNullOrWhiteSpace(parse.GetValue(state)))
            {
                overrides[$"{StateOptions.SectionName}:{nameof(StateOptions.DatabasePath)}"] = parse.GetValue(state);
            }

            using var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
            var report = await host.Services.GetRequiredService<InsightsService>().ReportAsync(window, parse.GetValue(guild), cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, AskVerb.Json)).ConfigureAwait(false);
                return CliExitCodes.Success;
            }

            Write(report, output, TerminalStyle.For(output));
            return CliExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes <paramref name="report"/> as a summary line and one table per part (a line instead when a part is empty).</summary>
    public static void Write(InsightsReport report, TextWriter output, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(style);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = style.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = style.Width ?? PlainWidth;

        console.WriteLine(Summary(report));
        if (!report.LogEnabled)
        {
            console.WriteLine(
                $"The answers log is off ({AnswerOptions.SectionName}:{nameof(AnswerOptions.LogAnswers)} is false): new questions are not recorded, so this shows only what was logged before it was turned off.");
        }

        if (report.Truncated)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Only the newest {report.Questions:N0} questions of the window are read."));
        }

        Section(console, report.TopicCount == 0 ? "No question was declined as not covered." : Heading("Questions the sources don't cover, by topic", report.Topics.Count, report.TopicCount),
            report.Topics.Count == 0 ? null : Table(
                ["Questions", "Topic", "Vendors", "Last asked", "Examples"],
                report.Topics.Select(topic => new[]
                {
                    topic.Questions.ToString(CultureInfo.InvariantCulture),
                    topic.Words.Count == 0 ? "(only vendors)" : string.Join(", ", topic.Words),
                    topic.Vendors.Count == 0 ? "—" : string.Join(", ", topic.Vendors),
                    Day(topic.LastAsked),
                    string.Join("\n", topic.Examples.Select(example => $"“{example}”")),
                }),
                0));

        Section(console, report.NotHelpful.Count == 0 ? "No answer was voted not helpful." : "Answers voted not helpful",
            report.NotHelpful.Count == 0 ? null : Table(
                ["Not helpful", "Helpful", "Question", "Sources", "Answer"],
                report.NotHelpful.Select(answer => new[]
                {
                    answer.NotHelpfulVotes.ToString(CultureInfo.InvariantCulture),
                    answer.HelpfulVotes.ToString(CultureInfo.InvariantCulture),
                    answer.Question,
                    string.Join("\n", answer.Sources.Select(source => $"[{source.Number}] {source.Title}{(source.Publisher is null ? string.Empty : $" ({source.Publisher})")}")),
                    $"{answer.AnswerId}\n{Day(answer.AskedAt)}",
                }),
                0, 1));

        Section(console, report.Vendors.Count == 0 ? "No question named a known vendor." : "Most asked vendors",
            report.Vendors.Count == 0 ? null : Table(
                ["Vendor", "Questions", "Answered", "Not covered"],
                report.Vendors.Select(vendor => new[]
                {
                    vendor.Vendor,
                    vendor.Questions.ToString(CultureInfo.InvariantCulture),
                    vendor.Answered.ToString(CultureInfo.InvariantCulture),
                    vendor.NotCovered.ToString(CultureInfo.InvariantCulture),
                }),
                1, 2, 3));

        Section(console, "Answer rate per day", Table(
            ["Day", "Answered", "Not covered", "Refused", "Answer rate"],
            report.Daily.Select(day => new[]
            {
                day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                day.Answered.ToString(CultureInfo.InvariantCulture),
                day.NotCovered.ToString(CultureInfo.InvariantCulture),
                day.Refused.ToString(CultureInfo.InvariantCulture),
                day.AnswerRate is { } rate ? rate.ToString("0%", CultureInfo.InvariantCulture) : "—",
            }),
            1, 2, 3, 4));
    }

    private static string Summary(InsightsReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"Insights for {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} (UTC): {CliText.Count(report.Questions, "question")}, {report.Answered} answered, {report.NotCovered} not covered, {report.Refused} refused.");

    private static string Heading(string title, int shown, int total) =>
        shown == total ? title : string.Create(CultureInfo.InvariantCulture, $"{title} (the {shown} most asked of {total})");

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Section(IAnsiConsole console, string heading, Table? table)
    {
        console.WriteLine();
        console.WriteLine(heading);
        if (table is not null)
        {
            console.Write(table);
        }
    }

    // Cells are plain text (never markup): questions and titles are shown as written. The numeric columns are right-aligned.
    private static Table Table(string[] headers, IEnumerable<string[]> rows, params int[] numeric)
    {
        var table = new Table { Border = TableBorder.Rounded };
        for (var column = 0; column < headers.Length; column++)
        {
            table.AddColumn(new TableColumn(new Text(headers[column])) { Alignment = numeric.Contains(column) ? Justify.Right : Justify.Left });
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        return table;
    }
}
