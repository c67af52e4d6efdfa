using System.Security.Cryptography;

namespace VendorBot.Answering;

/// <summary>Short, unguessable answer ids: <see cref="AnsweringLimits.AnswerIdLength"/> characters of lower-case letters and digits.</summary>
internal static class AnswerIds
{
    // No 0/o or 1/l, so an id read aloud or retyped from a screenshot is unambiguous.
    private const string Alphabet = "23456789abcdefghijkmnpqrstuvwxyz";

    /// <summary>A new random id.</summary>
    public static string Next() => RandomNumberGenerator.GetString(Alphabet, AnsweringLimits.AnswerIdLength);
}
