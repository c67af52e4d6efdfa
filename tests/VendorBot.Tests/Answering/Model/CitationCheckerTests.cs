using VendorBot.Answering.Model;

namespace VendorBot.Tests.Answering.Model;

public sealed class CitationCheckerTests
{
    [Theory]
    [InlineData("A [1].", 2, "A [1].", new[] { 1 }, 0)]
    [InlineData("A [1] and B [2].", 2, "A [1] and B [2].", new[] { 1, 2 }, 0)]
    [InlineData("A [3].", 2, "A.", new int[0], 1)]
    [InlineData("A [0] [1].", 2, "A [1].", new[] { 1 }, 1)]
    [InlineData("A [1, 5, 2].", 2, "A [1, 2].", new[] { 1, 2 }, 1)]
    [InlineData("A [1][2][9].", 2, "A [1][2].", new[] { 1, 2 }, 1)]
    [InlineData("No markers at all.", 2, "No markers at all.", new int[0], 0)]
    [InlineData("Array [a] and [ ] stay.", 2, "Array [a] and [ ] stay.", new int[0], 0)]
    [InlineData("Huge [99999999999].", 2, "Huge [99999999999].", new int[0], 0)]
    [InlineData("", 0, "", new int[0], 0)]
    public void MarkersPointingAtNoPassageAreRemoved(string answer, int passages, string expected, int[] cited, int removed)
    {
        var check = CitationChecker.Check(answer, passages);

        check.Text.ShouldBe(expected);
        check.CitedNumbers.ShouldBe(cited);
        check.RemovedMarkers.ShouldBe(removed);
    }
}
