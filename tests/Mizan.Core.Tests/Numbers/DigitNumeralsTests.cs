using Mizan.Numbers;

namespace Mizan.Tests.Numbers;

public class DigitNumeralsTests
{
    [Theory]
    [InlineData("20", false, "20")]
    [InlineData("1,000", false, "1000")]
    [InlineData("1,234,567", false, "1234567")]
    [InlineData("3.5", false, "3.5")]
    [InlineData("300.000", false, "300000")]
    [InlineData("3.899", true, "3.899")]
    [InlineData("1.000.000", false, "1000000")]
    [InlineData("8,1", true, "8.1")]
    [InlineData("106,78", false, "106.78")]
    [InlineData("1,234.5", false, "1234.5")]
    [InlineData("1.234,5", false, "1234.5")]
    public void Separators_are_read_as_thousands_or_decimal_marks(string key, bool scaleFollows, string expected)
    {
        Assert.True(DigitNumerals.TryParse(key, scaleFollows, out decimal value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,23,4")]
    [InlineData("1.2.3")]
    [InlineData("1,2.3,4")]
    [InlineData("1234567890123456789012")]
    public void Malformed_or_huge_numbers_are_not_read(string key)
    {
        Assert.False(DigitNumerals.TryParse(key, false, out _));
    }
}
