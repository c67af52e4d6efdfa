namespace VendorBot.Answering;

/// <summary>Steps reported while an answer is being composed.</summary>
public enum AnswerStage
{
    /// <summary>Searching the sources.</summary>
    Retrieving,

    /// <summary>Composing; <see cref="AnswerProgress.PartialText"/> grows as the model streams.</summary>
    Composing,

    /// <summary>Done; <see cref="AnswerProgress.Result"/> holds the final, logged answer.</summary>
    Completed,
}
