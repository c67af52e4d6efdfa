using System.Text;
using System.Text.Json;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewayEnvelopeReaderTests
{
    [Theory]
    [InlineData("{\"op\":0,\"s\":42,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"1\"}}")]
    [InlineData("{\"d\":{\"id\":\"1\"},\"t\":\"MESSAGE_CREATE\",\"s\":42,\"op\":0}")]
    [InlineData("{ \"t\" : \"MESSAGE_CREATE\" , \"extra\": [1, {\"d\": 2}], \"d\" : {\"id\":\"1\"}, \"op\": 0, \"s\": 42 }")]
    public void ReadsTheEnvelopeInAnyPropertyOrder(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var envelope = GatewayEnvelopeReader.Read(bytes);

        envelope.OpCode.ShouldBe(GatewayOpCode.Dispatch);
        envelope.Sequence.ShouldBe(42);
        envelope.Event.ShouldBe(GatewayEventKind.MessageCreate);
        Encoding.UTF8.GetString(bytes.AsSpan()[envelope.Name]).ShouldBe("MESSAGE_CREATE");
        Encoding.UTF8.GetString(bytes.AsSpan()[envelope.Data]).ShouldBe("{\"id\":\"1\"}");
    }

    [Theory]
    [InlineData("{\"op\":11}", 11, "")]
    [InlineData("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}", 9, "false")]
    [InlineData("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}", 10, "{\"heartbeat_interval\":41250}")]
    [InlineData("{\"op\":0,\"s\":3,\"t\":\"SOMETHING_NEW\",\"d\":[]}", 0, "[]")]
    public void ReadsControlPayloads(string json, int op, string data)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var envelope = GatewayEnvelopeReader.Read(bytes);

        ((int)envelope.OpCode).ShouldBe(op);
        Encoding.UTF8.GetString(bytes.AsSpan()[envelope.Data]).ShouldBe(data);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"d\":1}")]
    [InlineData("{\"op\":\"zero\"}")]
    [InlineData("{\"op\":0")]
    [InlineData("")]
    public void RejectsPayloadsThatAreNotGatewayEnvelopes(string json) =>
        Should.Throw<JsonException>(() => GatewayEnvelopeReader.Read(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void AnEventWhoseNameComesFirstIsDecodedInTheSamePass()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"t\":\"MESSAGE_CREATE\",\"s\":5,\"op\":0,\"d\":{\"id\":\"12\",\"channel_id\":\"3\",\"content\":\"hi\"}}");

        var envelope = GatewayEnvelopeReader.Read(bytes, decode: true);

        envelope.Decoded.ShouldBeOfType<Message>().Id.Value.ShouldBe(12UL);
        GatewayDispatchDecoder.Create(envelope.Event, envelope.Sequence ?? 0, envelope.Decoded)
            .ShouldBeOfType<MessageCreateDispatch>().Sequence.ShouldBe(5);
    }

    [Theory]
    [InlineData("{\"id\":\"12\",\"channel_id\":\"3\",\"content\":5}")]
    [InlineData("{\"id\":\"12\",\"channel_id\":\"3\",\"timestamp\":\"not a date\"}")]
    [InlineData("{\"id\":\"12\",\"channel_id\":\"3\",\"mention_everyone\":\"yes\"}")]
    [InlineData("{\"id\":\"12\",\"channel_id\":\"3\",\"mentions\":{}}")]
    [InlineData("null")]
    public void EventDataWithAValueOfTheWrongKindIsAJsonException(string data)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"t\":\"MESSAGE_CREATE\",\"s\":5,\"op\":0,\"d\":" + data + "}");

        Should.Throw<JsonException>(() => GatewayEnvelopeReader.Read(bytes, decode: true));
        Should.Throw<JsonException>(() => GatewayDispatchDecoder.Decode(GatewayEventKind.MessageCreate, 5, Encoding.UTF8.GetBytes(data)));
    }

    [Fact]
    public void AnEventWhoseDataComesFirstIsDecodedFromItsSpanAfterwards()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"d\":{\"id\":\"12\",\"channel_id\":\"3\"},\"op\":0,\"s\":5,\"t\":\"MESSAGE_CREATE\"}");

        var envelope = GatewayEnvelopeReader.Read(bytes, decode: true);

        envelope.Decoded.ShouldBeNull();
        GatewayDispatchDecoder.Decode(envelope.Event, 5, bytes.AsSpan()[envelope.Data])
            .ShouldBeOfType<MessageCreateDispatch>().Message.Id.Value.ShouldBe(12UL);
    }
}
