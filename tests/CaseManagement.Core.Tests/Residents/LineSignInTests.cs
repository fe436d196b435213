using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Line;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Residents;

/// <summary>LINE Login's ID token is the proof of who signed in: only our channel's signature, issuer, audience,
/// an unexpired token and this browser's nonce find or create the resident.</summary>
public sealed class LineSignInTests : IClassFixture<CoreTestHost>
{
    private const string Nonce = "nonce-of-this-browser";
    private readonly CoreTestHost host;

    public LineSignInTests(CoreTestHost host)
    {
        this.host = host;
        host.Line.LoginChannelId = FakeLineServer.LoginChannelId;
        host.Line.LoginChannelSecret = FakeLineServer.LoginChannelSecret;
    }

    [Fact]
    public async Task A_valid_token_creates_the_resident_once_and_finds_them_again()
    {
        var user = FakeLineServer.NewUserId();

        var first = await host.SendAsync(TestActor.Resident, new SignInWithLine(Token(user, "LINE 花子"), Nonce));
        var second = await host.SendAsync(TestActor.Resident, new SignInWithLine(Token(user, "はなこ"), Nonce));

        Assert.Equal(first, second);
        var resident = await host.QueryAsync(db => db.Residents.SingleAsync(r => r.LineUserId == user));
        Assert.Equal((first, "はなこ", (string?)null), (resident.Id, resident.DisplayName, resident.Email));
    }

    public static TheoryData<string> Tampering => new() { "signature", "nonce", "audience", "issuer", "expired", "alg-none", "no-subject", "garbage" };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_token_that_does_not_hold_is_refused_creates_no_resident_and_is_audited(string tampering)
    {
        var user = FakeLineServer.NewUserId();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = Claims(user, "偽 太郎");
        var secret = FakeLineServer.LoginChannelSecret;
        switch (tampering)
        {
            case "signature": secret = "someone-elses-secret"; break;
            case "audience": claims["aud"] = "9999999999"; break;
            case "issuer": claims["iss"] = "https://evil.example"; break;
            case "expired": claims["exp"] = now - 600; break;
            case "no-subject": claims.Remove("sub"); break;
        }

        var token = tampering switch
        {
            "alg-none" => Unsigned(claims),
            "garbage" => "not.a.token",
            _ => LineIdToken.Sign(claims, secret),
        };
        var nonce = tampering == "nonce" ? "another-browsers-nonce" : Nonce;

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new SignInWithLine(token, nonce)));

        Assert.Equal("LINE でのサインインを確認できませんでした。もう一度お試しください。", refused.Message);
        Assert.False(await host.QueryAsync(db => db.Residents.AnyAsync(r => r.LineUserId == user)));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(SignInWithLine) && a.Outcome == "refused")));
    }

    private static Dictionary<string, object?> Claims(string user, string name)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["iss"] = LineIdToken.Issuer, ["sub"] = user, ["aud"] = FakeLineServer.LoginChannelId,
            ["exp"] = now + 3600, ["iat"] = now, ["nonce"] = Nonce, ["name"] = name,
        };
    }

    private static string Token(string user, string name) => LineIdToken.Sign(Claims(user, name), FakeLineServer.LoginChannelSecret);

    private static string Unsigned(Dictionary<string, object?> claims)
    {
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return B64(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { alg = "none", typ = "JWT" })) + "."
            + B64(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(claims)) + ".";
    }
}
