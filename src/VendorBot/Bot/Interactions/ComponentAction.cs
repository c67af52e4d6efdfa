namespace VendorBot.Bot.Interactions;

/// <summary>What a button on an answer asks for.</summary>
internal enum ComponentKind
{
    /// <summary>Show the answer's sources with the quoted passages (ephemeral).</summary>
    Sources,

    /// <summary>Vote the answer helpful.</summary>
    Helpful,

    /// <summary>Vote the answer not helpful.</summary>
    NotHelpful,
}

/// <summary>A parsed button <c>custom_id</c>: the action and the answer it belongs to.</summary>
internal readonly record struct ComponentAction(ComponentKind Kind, string AnswerId);
