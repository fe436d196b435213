using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Residents.SignIn;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.Testing.Line;

namespace CaseManagement.Testing.Core;

/// <summary>Residents who signed in, made through the real use case (a LINE ID token signed as the fake LINE does).</summary>
public static class CoreResidents
{
    /// <summary>Signs in with LINE as <paramref name="lineUserId"/> (a new LINE user if null) and returns the resident
    /// acting from <paramref name="ipAddress"/>.</summary>
    public static async Task<TestActor> SignInWithLineAsync(this CoreTestHost host, string? lineUserId = null, string ipAddress = "203.0.113.7")
    {
        host.Line.LoginChannelId = FakeLineServer.LoginChannelId;
        host.Line.LoginChannelSecret = FakeLineServer.LoginChannelSecret;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = LineIdToken.Sign(new Dictionary<string, object?>
        {
            ["iss"] = LineIdToken.Issuer,
            ["sub"] = lineUserId ?? FakeLineServer.NewUserId(),
            ["aud"] = FakeLineServer.LoginChannelId,
            ["exp"] = now + 3600,
            ["iat"] = now,
            ["nonce"] = "test-nonce",
        }, FakeLineServer.LoginChannelSecret);
        var id = await host.SendAsync(TestActor.Resident, new SignInWithLine(token, "test-nonce"));
        return TestActor.SignedInResident(id, ipAddress);
    }

    /// <summary>Signs in with an e-mailed code (delivered by the outbox into the development mailbox).</summary>
    public static async Task<TestActor> SignInWithEmailAsync(this CoreTestHost host, string email, string ipAddress = "203.0.113.8")
    {
        var from = new TestActor(null, null, [], ipAddress);
        host.Mail.DevelopmentMailbox = true;
        await host.SendAsync(from, new RequestSignInCode(email));
        await host.DeliverOutboxAsync();
        var mail = host.Services.GetRequiredService<DevelopmentMailbox>().All().First(m => m.To == email);
        var code = System.Text.RegularExpressions.Regex.Match(mail.Body, @"(?<!\d)\d{6}(?!\d)").Value;
        var check = await host.SendAsync(from, new VerifySignInCode(email, code));
        return TestActor.SignedInResident(check.ResidentId ?? throw new InvalidOperationException(check.Message), ipAddress);
    }
}
