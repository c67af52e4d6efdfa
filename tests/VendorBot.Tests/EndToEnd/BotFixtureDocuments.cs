namespace VendorBot.Tests.EndToEnd;

/// <summary>Small source documents written into each test's own documents folder.</summary>
internal static class BotFixtureDocuments
{
    public const string LahoreFile = "huawei-lahore.md";
    public const string AcmeFile = "acme-sanctions.md";

    public const string Lahore = """
        ---
        title: "Huawei wanted a backdoor in Lahore's safer-cities project, says BES"
        vendors: [Huawei]
        publisher: "Engadget"
        url: "https://example.org/huawei-lahore"
        published: 2019-08-20
        ---
        Huawei was busy with a law enforcement safer-cities project in Lahore, Pakistan. BES said Huawei wanted a backdoor to access databases and sensitive citizen and government data.

        BES says that Huawei wanted to duplicate the Pakistan network to access data from Suzhou, China. Huawei has threatened BES to cancel the deal if its demands are not met.

        Huawei denied the claims and said there is no evidence that it installed a backdoor. Pakistani officials said they would investigate the case.
        """;

    public const string Acme = """
        ---
        title: "Acme Routers added to the sanctions list"
        vendors: [Acme]
        publisher: "Example Wire"
        url: "https://example.org/acme-sanctions"
        published: 2021-03-02
        ---
        Acme Routers was added to the sanctions list after regulators alleged that its firmware sent telemetry to undisclosed servers. Acme rejected the allegation and said the telemetry was opt-in.
        """;
}
