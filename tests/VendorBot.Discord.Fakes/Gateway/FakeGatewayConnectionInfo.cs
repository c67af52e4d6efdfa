namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>What the fake knows about one client connection.</summary>
/// <param name="Number">1 for the first connection, then 2, ...</param>
/// <param name="OpenedAt">When it was accepted, since the fake started.</param>
/// <param name="ClientCloseCode">The close code the client sent, if it sent a close frame.</param>
/// <param name="IsClosed">Whether the connection has ended.</param>
public sealed record FakeGatewayConnectionInfo(int Number, TimeSpan OpenedAt, int? ClientCloseCode, bool IsClosed);
