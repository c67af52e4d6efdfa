using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Gateway;

/// <summary>What a <see cref="GatewayConnection"/> shares with its session.</summary>
internal sealed record GatewayConnectionContext(
    DiscordClientOptions Client,
    DiscordGatewayOptions Options,
    GatewaySession Session,
    ChannelWriter<GatewayDispatch> Dispatches,
    TimeProvider Time,
    IGatewayRandom Random,
    GatewayMetrics Metrics,
    ILogger Logger,
    Action<GatewayState> SetState);
