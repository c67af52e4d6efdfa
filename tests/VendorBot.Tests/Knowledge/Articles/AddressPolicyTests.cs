using System.Net;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.10.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.1")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("240.0.0.1")]
    [InlineData("198.18.0.1")]
    [InlineData("192.0.2.10")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("fe80::1%2")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0:4136:e378::1")]
    [InlineData("::127.0.0.1")]
    public void InternalAddressesAreRefused(string address)
    {
        var policy = new AddressPolicy([]);

        policy.Refusal(IPAddress.Parse(address)).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::5db8:d822")]
    [InlineData("2002:5db8:d822::1")]
    public void PublicAddressesAreAllowed(string address)
    {
        new AddressPolicy([]).Refusal(IPAddress.Parse(address)).ShouldBeNull();
    }

    [Fact]
    public void TheMetadataAddressIsNamedInTheReason()
    {
        new AddressPolicy([]).Refusal(IPAddress.Parse("169.254.169.254")).ShouldBe("the cloud metadata address");
    }

    [Fact]
    public void AnAllowedNetworkLetsItsAddressesThroughAndNoOthers()
    {
        var policy = new AddressPolicy([IPNetwork.Parse("10.20.0.0/16")]);

        policy.Refusal(IPAddress.Parse("10.20.3.4")).ShouldBeNull();
        policy.Refusal(IPAddress.Parse("::ffff:10.20.3.4")).ShouldBeNull();
        policy.Refusal(IPAddress.Parse("10.21.0.1")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("2130706433", "127.0.0.1")]
    [InlineData("0177.0.0.1", "127.0.0.1")]
    [InlineData("0x7f.1", "127.0.0.1")]
    [InlineData("0x7f000001", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("0xa9.0376.0xa9fe", "169.254.169.254")]
    [InlineData("10.0.0.1.", "10.0.0.1")]
    [InlineData("[::1]", "::1")]
    public void NumericHostSpellingsAreReadAsTheAddressTheyName(string host, string address)
    {
        HostLiteral.TryParse(host).ShouldBe(IPAddress.Parse(address));
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("1e100.net")]
    [InlineData("localhost")]
    public void NamesAreNotAddresses(string host)
    {
        HostLiteral.TryParse(host).ShouldBeNull();
    }
}
