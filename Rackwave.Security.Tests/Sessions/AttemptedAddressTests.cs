using Rackwave.Security.Web.Components.Account;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>
/// What a stranger types as the e-mail of a refused sign-in reaches every admin's live feed; only
/// a plain address gets there as typed.
/// </summary>
public sealed class AttemptedAddressTests
{
    [Theory]
    [InlineData("grace.hopper@rackwave.test")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    [InlineData("  padded@example.com  ")]
    public void A_plain_address_is_kept(string typed) =>
        SignInAudit.Attempted(typed).Should().Be(typed.Trim());

    [Theory]
    [InlineData("Security alert: admin@rackwave.test signed in from abroad")]
    [InlineData("URGENT:call+1-555-0100-now@rackwave-support.test")]
    [InlineData("\u202Emoc.kcatta@nimda")]
    [InlineData("admin@rackwave.test\u200B")]
    [InlineData("<img src=x onerror=alert(1)>@x.y")]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.com")]
    [InlineData("nodot@localhost")]
    public void Anything_else_reads_as_not_an_address(string typed) =>
        SignInAudit.Attempted(typed).Should().Be(SignInAudit.NotAnEmail);

    [Fact]
    public void Stacked_combining_marks_read_as_not_an_address() =>
        SignInAudit.Attempted("a" + new string('\u0301', 120) + "@x.y").Should().Be(SignInAudit.NotAnEmail);

    [Fact]
    public void Nothing_typed_is_nothing() => SignInAudit.Attempted("   ").Should().BeNull();
}
