using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "One. Two. Three.", ["One.", "Two.", "Three."] },
        { "Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."] },
        { "Sanctions hit the U.S. market in May. Then prices rose.", ["Sanctions hit the U.S. market in May.", "Then prices rose."] },
        { "They sold it in the U.S. The deal collapsed.", ["They sold it in the U.S.", "The deal collapsed."] },
        { "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."] },
        { "Vendors, e.g. Huawei and ZTE, were named. Others i.e. Cisco were not.", ["Vendors, e.g. Huawei and ZTE, were named.", "Others i.e. Cisco were not."] },
        { "See No. 5 on the list. It matters.", ["See No. 5 on the list.", "It matters."] },
        { "Growth was 3.5 percent. Costs fell.", ["Growth was 3.5 percent.", "Costs fell."] },
        { "J. R. R. Tolkien wrote it. Readers loved it.", ["J. R. R. Tolkien wrote it.", "Readers loved it."] },
        { "He said “no evidence.” Then he left.", ["He said “no evidence.”", "Then he left."] },
        { "It isn’t over. It’s “physically isolated.” Fine.", ["It isn’t over.", "It’s “physically isolated.”", "Fine."] },
        { "Wait... what happened? Nothing… Then silence.", ["Wait... what happened?", "Nothing…", "Then silence."] },
        { "“Why?” she asked. Nobody knew.", ["“Why?” she asked.", "Nobody knew."] },
        { "قال المسؤولون إنهم سيحققون. لا يوجد دليل، حتى الآن؟ نعم.", ["قال المسؤولون إنهم سيحققون.", "لا يوجد دليل، حتى الآن؟", "نعم."] },
        { "یہ ایک جملہ ہے۔ دوسرا جملہ۔", ["یہ ایک جملہ ہے۔", "دوسرا جملہ۔"] },
        { "华为否认了指控。美国表示担忧！这是真的吗？", ["华为否认了指控。", "美国表示担忧！", "这是真的吗？"] },
        { "Компания отрицает это. Россия сотрудничает, т. е. работает с ней.", ["Компания отрицает это.", "Россия сотрудничает, т. е. работает с ней."] },
        { "Huawei said it did not need permissionsو and later said otherwise. Done.", ["Huawei said it did not need permissionsو and later said otherwise.", "Done."] },
        { "First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."] },
        { "  Leading and trailing space.   ", ["Leading and trailing space."] },
        { "No terminal punctuation at all", ["No terminal punctuation at all"] },
        { "Apple Inc. The company grew.", ["Apple Inc.", "The company grew."] },
        { "Version 2.0.1 shipped. Users upgraded.", ["Version 2.0.1 shipped.", "Users upgraded."] },
        { "Visit example.com today. Or not.", ["Visit example.com today.", "Or not."] },
        { "Really?! Yes.", ["Really?!", "Yes."] },
        { "(It was denied.) Then it was admitted.", ["(It was denied.)", "Then it was admitted."] },
        { "1. First step.\n2. Second step.", ["1. First step.", "2. Second step."] },
        { "It happened in 2020. Then it ended.", ["It happened in 2020.", "Then it ended."] },
        { "Doe v. Acme Corp. was filed in 2021. It settled.", ["Doe v. Acme Corp. was filed in 2021.", "It settled."] },
        { "The case, U.S. v. Huawei, opened in 2019. Huawei denied it.", ["The case, U.S. v. Huawei, opened in 2019.", "Huawei denied it."] },
        { "United States v. Norvatel Systems Inc. ended. Nobody appealed.", ["United States v. Norvatel Systems Inc. ended.", "Nobody appealed."] },
        { "In Doe vs. Quellink the judge ruled. It was final.", ["In Doe vs. Quellink the judge ruled.", "It was final."] },
        { "Quellink Inc. said it would appeal. The ruling stood.", ["Quellink Inc. said it would appeal.", "The ruling stood."] },
        { "It sued Quellink Corp. The case failed.", ["It sued Quellink Corp.", "The case failed."] },
        { "The filing, Case No. 24CV013621, names Quellink. It was sealed.", ["The filing, Case No. 24CV013621, names Quellink.", "It was sealed."] },
        { "Smith et al. v. Quellink LLC was dismissed. An appeal followed.", ["Smith et al. v. Quellink LLC was dismissed.", "An appeal followed."] },
        { "The 2d Cir. Court agreed. The vendor paid.", ["The 2d Cir. Court agreed.", "The vendor paid."] },
        { "Intruders reached Mailpost.net. Quellink said the key was stolen.", ["Intruders reached Mailpost.net.", "Quellink said the key was stolen."] },
        { "The shop moved to Brightwave.co.uk. Sales rose.", ["The shop moved to Brightwave.co.uk.", "Sales rose."] },
        { "", [] },
        { "   \n\n  ", [] },
        { "...", ["..."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsIntoTheExpectedSentences(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(span => span.Slice(text)).ToArray();

        sentences.ShouldBe(expected);
    }

    [Fact]
    public void SpansStayInsideTheRequestedRangeAndPointAtTheOriginalText()
    {
        const string text = "Ignore this. Keep one. Keep two. Ignore that.";
        var range = new TextSpan(text.IndexOf("Keep one", StringComparison.Ordinal), text.IndexOf(" Ignore that", StringComparison.Ordinal));

        var sentences = SentenceSplitter.Split(text, range);

        sentences.Select(s => s.Slice(text)).ShouldBe(["Keep one.", "Keep two."]);
        sentences.ShouldAllBe(s => s.Start >= range.Start && s.End <= range.End);
    }

    [Fact]
    public void ARangeOutsideTheTextIsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SentenceSplitter.Split("short", new TextSpan(0, 99)));
    }
}
