namespace VendorBot.Tests.Feeds;

/// <summary>Feeds shaped like real ones (RSS 2.0 with guids and HTML in descriptions, Atom 1.0), a broken one and one with a DTD.</summary>
internal static class FeedFixtures
{
    public static string Rss(Uri server) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example Times - Technology</title>
            <link>{server}</link>
            <description>Technology news</description>
            <atom:link href="{server}feed.xml" rel="self" type="application/rss+xml"/>
            <item>
              <title>Ministry finds hidden account in Norvatel base stations</title>
              <link>{server}tech/norvatel</link>
              <guid isPermaLink="false">example-times-48213</guid>
              <pubDate>Mon, 18 Mar 2024 08:30:00 GMT</pubDate>
              <dc:creator>Jana Kowalska</dc:creator>
              <description><![CDATA[<p>An audit of <b>Norvatel</b> base stations found an undocumented account.</p>]]></description>
            </item>
            <item>
              <title>Quenta opens its update server code</title>
              <link>{server}notes/quenta</link>
              <guid isPermaLink="false">example-times-48190</guid>
              <pubDate>Fri, 15 Mar 2024 10:00:00 GMT</pubDate>
              <description>Quenta Systems publishes the code a regulator questioned.</description>
            </item>
            <item>
              <title>Storm closes ports along the coast</title>
              <link>{server}weather/storm</link>
              <guid isPermaLink="false">example-times-48100</guid>
              <pubDate>Thu, 14 Mar 2024 07:00:00 GMT</pubDate>
              <description>Ferries cancelled.</description>
            </item>
          </channel>
        </rss>
        """;

    public static string Atom(Uri server) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Network Notes</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2024-05-02T18:30:02Z</updated>
          <link href="{server}"/>
          <entry>
            <title>Quenta opens its update server code</title>
            <link rel="alternate" href="{server}notes/quenta"/>
            <id>tag:notes.example.test,2024:quenta-code</id>
            <updated>2024-05-02T18:30:02Z</updated>
            <summary>Quenta Systems has published the source code of its update server.</summary>
          </entry>
        </feed>
        """;

    public const string Malformed = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Broken</title><item><title>Half an item
        """;

    public const string WithDtd = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
        """;
}
