using Rackwave.Security.Devices;

namespace Rackwave.Security.Tests.Devices;

public sealed class StructuredHeaderTests
{
    [Theory]
    [InlineData("\"Windows\"", "Windows")]
    [InlineData(" \"Chrome OS\" ", "Chrome OS")]
    [InlineData("\"a \\\"quoted\\\" name\"", "a \"quoted\" name")]
    [InlineData("Windows", null)]
    [InlineData("\"unterminated", null)]
    [InlineData("\"tail\" junk", null)]
    [InlineData("\"bad \\n escape\"", null)]
    [InlineData(null, null)]
    public void Reads_sf_strings(string? raw, string? expected)
    {
        StructuredHeader.ReadString(raw).Should().Be(expected);
    }

    [Theory]
    [InlineData("?1", true)]
    [InlineData("?0", false)]
    [InlineData("1", null)]
    [InlineData("?true", null)]
    public void Reads_sf_booleans(string raw, bool? expected)
    {
        StructuredHeader.ReadBoolean(raw).Should().Be(expected);
    }

    [Fact]
    public void Reads_a_brand_list_with_versions_and_other_parameters()
    {
        var list = StructuredHeader.ReadBrandList(
            "\"Not/A)Brand\";v=\"8.0.0.0\", \"Chromium\";x=\"1\";v=\"126.0.6478.57\","
            + "\"Google Chrome\";v=\"126.0.6478.57\"");

        list.Select(b => $"{b.Brand}={b.Version}").Should().Equal(
            "Not/A)Brand=8.0.0.0", "Chromium=126.0.6478.57", "Google Chrome=126.0.6478.57");
    }
}
