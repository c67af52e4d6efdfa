namespace VendorBot.Answering;

/// <summary>How an answer was composed.</summary>
public enum AnswerMode
{
    /// <summary>Quoted from the passages by the extractive composer (no model configured).</summary>
    Extractive,

    /// <summary>Written by the chat model from numbered passages, citations checked.</summary>
    Model,

    /// <summary>The model failed, timed out or cited nothing valid; the extractive composer answered instead.</summary>
    Fallback,
}
