using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class IndexStatisticsTests
{
    [Fact]
    public async Task StatisticsFromTheAveragesRecordMatchTheIndexContent()
    {
        using var index = await SearchTestIndex.CreateAsync(
            SearchTestIndex.Document("a.md", "One two", "Three four five."),
            SearchTestIndex.Document("b.md", "Six", "Seven eight."));
        var connection = await index.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (connection)
        {
            var statistics = await IndexStatistics.ReadAsync(connection, TestContext.Current.CancellationToken);

            statistics.PassageCount.ShouldBe(2);
            statistics.TotalLengths.ShouldBe(new FieldCounts(3, 0, 5));
        }
    }

    [Fact]
    public async Task AReindexThatKeepsEveryTotalStillChangesTheStatistics()
    {
        using var index = await SearchTestIndex.CreateAsync(SearchTestIndex.Document("a.md", "One two", "Three four five."));
        var before = await ReadAsync(index);

        await index.IndexAsync(SearchTestIndex.Document("a.md", "One two", "Seven eight nine."));
        var after = await ReadAsync(index);

        after.PassageCount.ShouldBe(before.PassageCount);
        after.TotalLengths.ShouldBe(before.TotalLengths);
        after.ShouldNotBe(before);
    }

    [Fact]
    public async Task AnEmptyIndexHasNoPassages()
    {
        using var index = await SearchTestIndex.CreateAsync();
        var connection = await index.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (connection)
        {
            (await IndexStatistics.ReadAsync(connection, TestContext.Current.CancellationToken)).PassageCount.ShouldBe(0);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x05 }, 5L)]
    [InlineData(new byte[] { 0x82, 0x2C }, 300L)]
    [InlineData(new byte[] { 0x81, 0x80, 0x00 }, 16_384L)]
    public void VarintsDecodeLikeSqlite(byte[] bytes, long expected) => SqliteVarint.ReadAll(bytes, 1).ShouldBe([expected]);

    private static async Task<IndexStatistics> ReadAsync(SearchTestIndex index)
    {
        var connection = await index.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (connection)
        {
            return await IndexStatistics.ReadAsync(connection, TestContext.Current.CancellationToken);
        }
    }
}
