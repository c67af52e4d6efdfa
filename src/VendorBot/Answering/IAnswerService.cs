namespace VendorBot.Answering;

/// <summary>Answers questions from the sources, every claim cited; every answer is logged before it is returned.</summary>
public interface IAnswerService
{
    /// <summary>
    /// Streams progress while answering: <see cref="AnswerStage.Retrieving"/>, then <see cref="AnswerStage.Composing"/>
    /// (with partial text while a model streams), and last <see cref="AnswerStage.Completed"/> with the logged result.
    /// </summary>
    IAsyncEnumerable<AnswerProgress> StreamAsync(AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>Answers and returns the final, logged result.</summary>
    Task<AnswerResult> AskAsync(AnswerRequest request, CancellationToken cancellationToken);
}
