using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace VendorBot.Answering.Model;

/// <summary>
/// The prompts, loaded once from Semantic Kernel prompt directories (<c>answer/</c>, <c>condense/</c>: <c>skprompt.txt</c> +
/// <c>config.json</c>) and validated: each must exist, parse, declare its input variables and use them.
/// </summary>
internal sealed class PromptLibrary
{
    /// <summary>Name of the answer prompt directory.</summary>
    public const string AnswerPrompt = "answer";

    /// <summary>Name of the follow-up rewriting prompt directory.</summary>
    public const string CondensePrompt = "condense";

    /// <summary>Loads and validates the prompts from <see cref="AnswerOptions.PromptsPath"/>.</summary>
    /// <exception cref="PromptLoadException">A prompt is missing or broken.</exception>
    public PromptLibrary(IOptions<AnswerOptions> options)
    {
        Directory = Locate(options.Value.PromptsPath);
        Answer = Load(Directory, AnswerPrompt, ["question", "sources"]);
        Condense = Load(Directory, CondensePrompt, ["history", "question"]);
    }

    /// <summary>The folder the prompts were loaded from.</summary>
    public string Directory { get; }

    /// <summary>The answer prompt (inputs: question, sources).</summary>
    public KernelFunction Answer { get; }

    /// <summary>The follow-up rewriting prompt (inputs: history, question).</summary>
    public KernelFunction Condense { get; }

    /// <summary>The prompts folder relative to the working directory, else beside the executable.</summary>
    public static string Locate(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        return System.IO.Directory.Exists(fromWorkingDirectory) ? fromWorkingDirectory : Path.Combine(AppContext.BaseDirectory, path);
    }

    private static KernelFunction Load(string root, string name, string[] variables)
    {
        var folder = Path.Combine(root, name);
        var templatePath = Path.Combine(folder, "skprompt.txt");
        var configPath = Path.Combine(folder, "config.json");
        foreach (var file in (string[])[templatePath, configPath])
        {
            if (!File.Exists(file))
            {
                throw new PromptLoadException($"prompt '{name}': {file} is missing");
            }
        }

        PromptTemplateConfig config;
        try
        {
            config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NotSupportedException)
        {
            throw new PromptLoadException($"prompt '{name}': {configPath} is not a valid prompt config: {ex.Message}", ex);
        }

        config.Template = File.ReadAllText(templatePath);
        config.Name ??= name;
        foreach (var variable in variables)
        {
            if (!config.InputVariables.Any(v => v.Name == variable))
            {
                throw new PromptLoadException($"prompt '{name}': {configPath} does not declare the input variable '{variable}'");
            }

            if (!config.Template.Contains("{{$" + variable + "}}", StringComparison.Ordinal))
            {
                throw new PromptLoadException($"prompt '{name}': {templatePath} does not use {{{{${variable}}}}}");
            }
        }

        try
        {
            return KernelFunctionFactory.CreateFromPrompt(config);
        }
        catch (Exception ex) when (ex is KernelException or ArgumentException)
        {
            throw new PromptLoadException($"prompt '{name}': {templatePath} does not parse: {ex.Message}", ex);
        }
    }
}
