using System.ClientModel;
using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel;

namespace VendorBot.Answering.Model;

/// <summary>
/// Reads the model's streamed answer under a time limit, turning every failure (timeout, HTTP error, a broken
/// response) into <see cref="Failure"/> instead of an exception, so the caller can fall back to the extractive
/// composer. The caller's own cancellation still propagates. Failure texts name the kind of error only: an exception
/// message could echo request details, and nothing secret may reach the logs.
/// </summary>
internal sealed class ModelStream : IAsyncDisposable
{
    private readonly CancellationToken _callerToken;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _timeoutSource;
    private readonly CancellationTokenSource _linked;
    private readonly IAsyncEnumerator<string> _chunks;
    private readonly StringBuilder _text = new();

    /// <summary>Starts reading <paramref name="source"/>, which must honour the token it is given.</summary>
    public ModelStream(Func<CancellationToken, IAsyncEnumerable<string>> source, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        _callerToken = cancellationToken;
        _timeout = timeout;
        _timeoutSource = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timeoutSource.Token);
        _chunks = source(_linked.Token).GetAsyncEnumerator(_linked.Token);
    }

    /// <summary>The answer so far.</summary>
    public string Text => _text.ToString();

    /// <summary>Why the model gave no complete answer, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Reads the next chunk; false at the end or on failure.</summary>
    public async Task<bool> MoveNextAsync()
    {
        try
        {
            if (!await _chunks.MoveNextAsync().ConfigureAwait(false))
            {
                return false;
            }

            _text.Append(_chunks.Current);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_callerToken.IsCancellationRequested)
        {
            Failure = Describe(ex);
        }

        return false;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _chunks.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpOperationException or HttpRequestException)
        {
            // The stream already failed and Failure says why; disposing a broken HTTP response can throw again.
        }

        _linked.Dispose();
        _timeoutSource.Dispose();
    }

    // A timeout may surface as a cancellation or wrapped in the connector's exception: the timer decides.
    private string Describe(Exception exception)
    {
        if (_timeoutSource.IsCancellationRequested)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the model did not answer within {_timeout.TotalSeconds:0.#} s");
        }

        // SK wraps errors of whole responses in HttpOperationException; streamed ones surface as the OpenAI client's own.
        var status = exception switch
        {
            HttpOperationException { StatusCode: { } code } => (int)code,
            ClientResultException { Status: > 0 } client => client.Status,
            _ => 0,
        };
        return status > 0
            ? string.Create(CultureInfo.InvariantCulture, $"the model service answered HTTP {status}")
            : $"the model call failed ({exception.GetType().Name})";
    }
}
