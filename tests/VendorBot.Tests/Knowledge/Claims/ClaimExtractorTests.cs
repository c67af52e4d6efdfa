using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Tests.Knowledge.Claims;

public sealed class ClaimExtractorTests
{
    private const string Unattributed = ClaimLexicon.Unattributed;

    [Theory]
    // Sentences of the shipped seed article (a Huawei-only document: "the company", "The Chinese OEM" are Huawei).
    [InlineData("Huawei", "According to Engadget (via WSJ), Huawei was busy with a law enforcement safer-cities project in Lahore, Pakistan.", "Engadget (via WSJ)", ClaimStance.Reports, "according to")]
    [InlineData("Huawei", "BES says that Huawei wanted to duplicate the Pakistan network to access data from Suzhou, China.", "BES", ClaimStance.Reports, "says")]
    [InlineData("Huawei", "However, Huawei initially said it did not need permissions and later said it had obtained the necessary permissions from Pakistan.", "Huawei", ClaimStance.Denies, "said")]
    [InlineData("Huawei", "The Chinese OEM now says “no evidence” that it has installed backdoor in projects.", "Huawei", ClaimStance.Denies, "says")]
    [InlineData("Huawei", "Also, it has been admitted that there is a duplicate version of Pakistan’s network in China.", Unattributed, ClaimStance.Confirms, "admitted")]
    [InlineData("Huawei", "Pakistani officials said they would investigate the case, and there is no evidence of data thief or backdoors so far.", "Pakistani officials", ClaimStance.Denies, "said")]
    [InlineData("Huawei", "This is not the first time that Huawei is accused of installing backdoor in its projects.", Unattributed, ClaimStance.Alleges, "accused")]
    [InlineData("Huawei", "The company has been repeatedly accused of having extensive ties to the Chinese Communist government.", Unattributed, ClaimStance.Alleges, "accused")]
    [InlineData("Huawei", "Huawei has been accused of providing surveillance equipment to the government and has helped the Chinese government violate Uyghur rights.", Unattributed, ClaimStance.Alleges, "accused")]
    [InlineData("Huawei", "Although Huawei has consistently denied the allegations, governments are reluctant to work with the company again.", "Huawei", ClaimStance.Denies, "denied")]
    [InlineData("Huawei", "The United States and the United Kingdom have also cited Huawei as a threat to national security.", "United States and the United Kingdom", ClaimStance.Alleges, "cited")]
    [InlineData("Huawei", "Dates back to 2020, the United States also accused Huawei of installing backdoor in carriers networks.", "United States", ClaimStance.Alleges, "accused")]
    // Fixture-style sentences.
    [InlineData("Norvatel", "The Ministry of Digital Affairs accused Norvatel of routing subscriber data to servers abroad.", "Ministry of Digital Affairs", ClaimStance.Alleges, "accused")]
    [InlineData("Norvatel", "Norvatel rejected the accusation as baseless.", "Norvatel", ClaimStance.Denies, "rejected")]
    [InlineData("Norvatel", "An independent audit by Kestrel Assurance confirmed that a maintenance interface was reachable from abroad.", "independent audit by Kestrel Assurance", ClaimStance.Confirms, "confirmed")]
    [InlineData("Norvatel", "Norvatel was accused by the Ministry of Digital Affairs of hiding a remote access port.", "Ministry of Digital Affairs", ClaimStance.Alleges, "accused")]
    [InlineData("Norvatel", "The interface was never used to copy data, the company said.", "Norvatel", ClaimStance.Denies, "said")]
    [InlineData("Norvatel", "Auditors found no evidence that subscriber data had left the country.", "Auditors", ClaimStance.Denies, "found")]
    [InlineData("Quellink", "The network was shut down in 2023, says Quellink.", "Quellink", ClaimStance.Reports, "says")]
    [InlineData("Norvatel", "According to the Valdoria Business Review, the ministry still maintains that the interface was a security risk.", "Valdoria Business Review", ClaimStance.Reports, "according to")]
    // Reporting and response verbs of general English, phrasal ones included.
    [InlineData("Quellink", "Quellink played down the findings of the audit.", "Quellink", ClaimStance.Denies, "played down")]
    [InlineData("Quellink", "Quellink pushed back against the ministry's account.", "Quellink", ClaimStance.Denies, "pushed back")]
    [InlineData("Norvatel", "Norvatel conceded that the port had been left open.", "Norvatel", ClaimStance.Confirms, "conceded")]
    [InlineData("Norvatel", "The regulator argued that the routers were unsafe.", "regulator", ClaimStance.Reports, "argued")]
    [InlineData("Norvatel", "The ministry charged Norvatel with hiding a port.", "ministry", ClaimStance.Alleges, "charged")]
    [InlineData("Norvatel", "Norvatel rebutted the report point by point.", "Norvatel", ClaimStance.Denies, "rebutted")]
    [InlineData("Norvatel", "Norvatel dismissed the allegations as baseless.", "Norvatel", ClaimStance.Denies, "dismissed")]
    [InlineData("Norvatel", "The regulator indicated that the routers were unsafe.", "regulator", ClaimStance.Reports, "indicated")]
    [InlineData("Quellink", "Quellink pleaded guilty to two counts of fraud.", "Quellink", ClaimStance.Confirms, "pleaded")]
    [InlineData("Quellink", "Quellink pleaded not guilty to every count.", "Quellink", ClaimStance.Denies, "pleaded")]
    // Actors in possessives, titles, asides and appositives.
    [InlineData("Norvatel", "The Trade Ministry's filing accuses the vendor of hiding a remote access port.", "Trade Ministry", ClaimStance.Alleges, "accuses")]
    [InlineData("Quellink", "Quellink, the networking giant, denied the report.", "Quellink", ClaimStance.Denies, "denied")]
    [InlineData("Norvatel", "Mara Lind, a spokeswoman for the ministry, said the routers were unsafe.", "Mara Lind", ClaimStance.Reports, "said")]
    [InlineData("Norvatel", "Ilse Varga, who led the audit for two years, said the port was reachable.", "Ilse Varga", ClaimStance.Reports, "said")]
    [InlineData("Norvatel", "The Digital Affairs Commission (DAC) said the port was reachable.", "Digital Affairs Commission", ClaimStance.Reports, "said")]
    [InlineData("Norvatel", "A week later the regulator told the court the port was closed.", "regulator", ClaimStance.Reports, "told")]
    [InlineData("Quellink", "Quellink, which has denied the allegations from the start, welcomed the finding.", "Quellink", ClaimStance.Denies, "denied")]
    [InlineData("Norvatel", "The auditors, who had suspected the port for months, published the logs.", "auditors", ClaimStance.Alleges, "suspected")]
    // A report ahead of the verb that matters takes its stance when the speaker is its subject again.
    [InlineData("Quellink", "Quellink said it had denied the request for the logs.", "Quellink", ClaimStance.Denies, "denied")]
    [InlineData("Quellink", "Quellink said the company had repeatedly rejected the findings.", "Quellink", ClaimStance.Denies, "rejected")]
    [InlineData("Quellink", "Quellink said the regulator had accused the wrong supplier.", "Quellink", ClaimStance.Reports, "said")]
    // A negation counts only for the report it belongs to.
    [InlineData("Norvatel", "The ministry said it no longer needed the audit.", "ministry", ClaimStance.Reports, "said")]
    [InlineData("Norvatel", "The regulator never confirmed the report.", "regulator", ClaimStance.Denies, "confirmed")]
    [InlineData("Norvatel", "In Doe v. Norvatel Corp., the court said the port was legal.", "court", ClaimStance.Reports, "said")]
    // A stance verb that is negated or paired with its opposite takes no side.
    [InlineData("Norvatel", "Norvatel did not deny that the port had been open.", "Norvatel", ClaimStance.Reports, "deny")]
    [InlineData("Norvatel", "Norvatel does not dispute that its update broke the routers.", "Norvatel", ClaimStance.Reports, "dispute")]
    [InlineData("Quellink", "Quellink has never publicly denied the audit's findings.", "Quellink", ClaimStance.Reports, "denied")]
    [InlineData("Quellink", "Quellink did not confirm or deny that the logs were copied.", "Quellink", ClaimStance.Reports, "confirm")]
    [InlineData("Quellink", "The ministry neither confirmed nor denied the report.", "ministry", ClaimStance.Reports, "confirmed")]
    [InlineData("Quellink", "Quellink not only denied the report but sued the paper.", "Quellink", ClaimStance.Denies, "denied")]
    [InlineData("Norvatel", "The U.S. Trade Office said the port was open.", "U.S. Trade Office", ClaimStance.Reports, "said")]
    public void ExtractsTheActorStanceAndCueOfAnAttributedSentence(string vendor, string sentence, string actor, ClaimStance stance, string cue)
    {
        var claims = ClaimExtractor.Extract(Passage(sentence), [vendor]);

        var claim = claims.ShouldHaveSingleItem();
        claim.Actor.ShouldBe(actor);
        claim.Stance.ShouldBe(stance);
        claim.Cue.ShouldBe(cue, StringCompareShould.IgnoreCase);
        claim.Sentence.ShouldBe(sentence);
    }

    [Theory]
    [InlineData("Huawei has a lousy history of installing backdoors.")]
    [InlineData("Trump has imposed sanctions on the company, and Biden does not appear willing to lift them.")]
    [InlineData("Its claims about the network were wrong.")]
    [InlineData("An alleged backdoor was never found in the code.")]
    [InlineData("The engineers found a company willing to help.")]
    [InlineData("")]
    [InlineData("!!! ??? ...")]
    [InlineData("Quellink's claims about the network were wrong.")]
    [InlineData("The contract dispute with Quellink went to court.")]
    [InlineData("Several Quellink claims went to trial in May.")]
    public void FindsNoClaimInASentenceWithoutAnAttributedStatement(string sentence)
    {
        ClaimExtractor.Extract(Passage(sentence), ["Huawei"]).ShouldBeEmpty();
    }

    [Fact]
    public void OffsetsPointAtTheSentenceInTheDocumentText()
    {
        const string text = "Intro line here. Norvatel denied the report. Nothing else.";
        var passage = new Passage("doc.md#3", "doc.md", 3, string.Empty, 100, 100 + text.Length, text);
        var document = new string(' ', 100) + text;

        var claim = ClaimExtractor.Extract(passage, ["Norvatel"]).ShouldHaveSingleItem();

        document[claim.Start..claim.End].ShouldBe("Norvatel denied the report.");
        claim.PassageId.ShouldBe("doc.md#3");
    }

    [Theory]
    [InlineData("The ministry accused Norvatel of spying.", "Norvatel")]
    [InlineData("Officials said Quellink shared data.", "Quellink")]
    [InlineData("Officials said the network was unsafe.", null)]
    public void TheTargetIsTheDocumentVendorTheSentenceNames(string sentence, string? target)
    {
        ClaimExtractor.Extract(Passage(sentence), ["Norvatel", "Quellink"]).ShouldHaveSingleItem().Target.ShouldBe(target);
    }

    [Fact]
    public void ASingleVendorDocumentTargetsItsVendorEvenWhenTheSentenceDoesNotNameIt()
    {
        ClaimExtractor.Extract(Passage("The regulator said the network was unsafe."), ["Norvatel"])
            .ShouldHaveSingleItem().Target.ShouldBe("Norvatel");
    }

    [Fact]
    public void HeOrSheIsThePersonThePassageQuotedLast()
    {
        var claims = ClaimExtractor.Extract(Passage("Mara Lind, the ministry's spokeswoman, said the port was open. She added that Norvatel had been warned."), ["Norvatel"]);

        claims.Select(c => c.Actor).ShouldBe(["Mara Lind", "Mara Lind"]);
    }

    [Fact]
    public void TheCompanyInADocumentAboutSeveralVendorsIsTheVendorThatSpokeLast()
    {
        var claims = ClaimExtractor.Extract(Passage("Quellink said the audit was flawed. The company said it would appeal."), ["Norvatel", "Quellink"]);

        claims.Select(c => c.Actor).ShouldBe(["Quellink", "Quellink"]);
    }

    [Fact]
    public void ItAfterAnotherSpeakersStatementNamesNoOneRatherThanTheVendor()
    {
        var claims = ClaimExtractor.Extract(Passage("The tribunal told Norvatel to close the port. It said the routers could be sold again later."), ["Norvatel"]);

        claims.Select(c => c.Actor).ShouldBe(["tribunal", Unattributed]);
    }

    [Fact]
    public void ItAfterTheVendorsOwnStatementIsTheVendor()
    {
        var claims = ClaimExtractor.Extract(Passage("Norvatel said the port was closed. It said no data had left."), ["Norvatel"]);

        claims.Select(c => c.Actor).ShouldBe(["Norvatel", "Norvatel"]);
    }

    [Fact]
    public void ItIsNotTheVendorTheStatementIsAbout()
    {
        ClaimExtractor.Extract(Passage("The state filed its suit on Monday. It alleges that Quellink sold the data."), ["Quellink", "Norvatel"])
            .ShouldHaveSingleItem().Actor.ShouldBe(Unattributed);
    }

    [Fact]
    public void ASentenceAloneGetsItsSpeakerFromTheTextBeforeIt()
    {
        var claim = ClaimExtractor.ExtractSentence("He denied that the port was ever used.", ["Norvatel"], "Chief executive Olaf Brandt spoke to reporters. Brandt said the audit was late.");

        claim.ShouldNotBeNull();
        claim.Actor.ShouldBe("Brandt");
        claim.Stance.ShouldBe(ClaimStance.Denies);
    }

    [Fact]
    public void TheLexiconLoadsWithEveryVerbListedUnderOneStance()
    {
        ClaimLexicon.Verbs.Count.ShouldBeGreaterThan(100);
        ClaimLexicon.Verbs.Keys.ShouldAllBe(k => k == k.Trim() && k.Length > 2);
    }

    private static Passage Passage(string text) => new("doc.md#0", "doc.md", 0, string.Empty, 0, text.Length, text);
}
