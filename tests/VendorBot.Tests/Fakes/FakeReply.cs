using System.Net;

namespace VendorBot.Tests.Fakes;

/// <summary>What the fake OpenAI server does with one request.</summary>
public sealed record FakeReply
{
    /// <summary>The assistant's text (sent whole, or as SSE chunks when the request streams).</summary>
    public string? Content { get; init; }

    /// <summary>An error status to answer with instead.</summary>
    public HttpStatusCode? Status { get; init; }

    /// <summary>Never answer: hold the request until the client gives up.</summary>
    public bool Hang { get; init; }

    /// <summary>Answers with <paramref name="content"/>.</summary>
    public static FakeReply Text(string content) => new() { Content = content };

    /// <summary>Answers with the error <paramref name="status"/>.</summary>
    public static FakeReply Error(HttpStatusCode status) => new() { Status = status };

    /// <summary>Holds the request until the client cancels it.</summary>
    public static FakeReply Slow() => new() { Hang = true };
}
