using System.ComponentModel.DataAnnotations;

namespace VendorBot.Answering;

/// <summary>Where the prompts live and how answers are logged.</summary>
public sealed class AnswerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Answering";

    /// <summary>
    /// The prompts folder (Semantic Kernel prompt directories <c>answer/</c> and <c>condense/</c>).
    /// <value>Default <c>prompts</c>: looked up relative to the working directory, then beside the executable.</value>
    /// </summary>
    [Required(ErrorMessage = "Answering:PromptsPath is required")]
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Passages retrieved per question (the evidence). <value>Default 5, 1 to 50.</value></summary>
    [Range(1, 50, ErrorMessage = "Answering:RetrievedPassages must be between 1 and 50")]
    public int RetrievedPassages { get; set; } = AnsweringLimits.RetrievedPassages;

    /// <summary>Write every answer to the answers log. <value>Default true; the benchmark turns it off.</value></summary>
    public bool LogAnswers { get; set; } = true;
}
