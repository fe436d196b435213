using System.Text.RegularExpressions;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Residents.SignIn;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Tests.Residents;

/// <summary>E-mailed one-time codes through the real pipeline, mail delivered by the outbox into the development
/// mailbox: right once, wrong counted, expired, reused, throttled per address and per IP address.</summary>
public sealed partial class SignInCodeTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static int ips;

    [Fact]
    public async Task The_right_code_signs_in_once_and_creates_the_resident_of_the_address()
    {
        var (email, from) = NewResident();
        var code = await RequestCodeAsync(email, from);

        var first = await host.SendAsync(from, new VerifySignInCode(email.ToUpperInvariant(), code));
        var again = await host.SendAsync(from, new VerifySignInCode(email, code));

        Assert.Equal(SignInCodeOutcome.SignedIn, first.Outcome);
        var resident = await host.QueryAsync(db => db.Residents.SingleAsync(r => r.Email == email));
        Assert.Equal(resident.Id, first.ResidentId);
        Assert.Equal(SignInCodeOutcome.Used, again.Outcome);
        Assert.Null(again.ResidentId);
        Assert.Equal("この確認コードはすでに使われています。新しい確認コードを送ってください。", again.Message);

        // a later sign-in with a new code finds the same resident
        var later = await host.SendAsync(from, new VerifySignInCode(email, await RequestCodeAsync(email, from)));
        Assert.Equal(resident.Id, later.ResidentId);
    }

    [Fact]
    public async Task A_code_typed_in_full_width_digits_is_accepted()
    {
        var (email, from) = NewResident();
        var code = await RequestCodeAsync(email, from);
        var fullWidth = string.Concat(code.Select(c => (char)(c - '0' + '０')));

        var check = await host.SendAsync(from, new VerifySignInCode(email, fullWidth));

        Assert.Equal(SignInCodeOutcome.SignedIn, check.Outcome);
    }

    [Fact]
    public async Task Five_wrong_codes_void_the_code_so_that_even_the_right_one_needs_a_new_code()
    {
        var (email, from) = NewResident();
        var code = await RequestCodeAsync(email, from);
        var wrong = code == "000000" ? "111111" : "000000";

        var answers = new List<SignInCodeCheck>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await host.SendAsync(from, new VerifySignInCode(email, wrong)));
        }

        var right = await host.SendAsync(from, new VerifySignInCode(email, code));

        Assert.Equal([SignInCodeOutcome.Wrong, SignInCodeOutcome.Wrong, SignInCodeOutcome.Wrong, SignInCodeOutcome.Wrong, SignInCodeOutcome.Locked],
            answers.Select(a => a.Outcome));
        Assert.Equal("確認コードが正しくありません。あと4回まで入力できます。", answers[0].Message);
        Assert.Equal("確認コードが正しくありません。あと1回まで入力できます。", answers[3].Message);
        Assert.Equal(SignInCodeOutcome.Locked, right.Outcome);
        Assert.Contains("新しい確認コードを送ってください", right.Message, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Residents.AnyAsync(r => r.Email == email)));

        // a new code works
        Assert.Equal(SignInCodeOutcome.SignedIn, (await host.SendAsync(from, new VerifySignInCode(email, await RequestCodeAsync(email, from)))).Outcome);
    }

    [Fact]
    public async Task A_code_is_refused_after_ten_minutes()
    {
        var (email, from) = NewResident();
        var code = await RequestCodeAsync(email, from);

        host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var check = await host.SendAsync(from, new VerifySignInCode(email, code));

        Assert.Equal(SignInCodeOutcome.Expired, check.Outcome);
        Assert.Equal("確認コードの有効期限（10分）が切れました。新しい確認コードを送ってください。", check.Message);
    }

    [Fact]
    public async Task Only_the_newest_code_of_an_address_counts()
    {
        var (email, from) = NewResident();
        var older = await RequestCodeAsync(email, from);
        var newer = await RequestCodeAsync(email, from);

        var withOlder = older == newer ? null : await host.SendAsync(from, new VerifySignInCode(email, older));
        var withNewer = await host.SendAsync(from, new VerifySignInCode(email, newer));

        Assert.True(withOlder is null || withOlder.Outcome == SignInCodeOutcome.Wrong);
        Assert.Equal(SignInCodeOutcome.SignedIn, withNewer.Outcome);
    }

    [Fact]
    public async Task An_address_gets_three_codes_in_fifteen_minutes_and_the_fourth_request_is_refused_and_audited()
    {
        var (email, from) = NewResident();
        for (var i = 0; i < 3; i++)
        {
            await host.SendAsync(from, new RequestSignInCode(email));
        }

        // from another IP address too: the limit is the address's
        var refused = await Assert.ThrowsAsync<TooManyAttemptsException>(() => host.SendAsync(NewIp(), new RequestSignInCode(email)));

        Assert.Contains("15分ほどたってから", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, await host.QueryAsync(db => db.ResidentSignInCodes.CountAsync(c => c.Email == email)));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a =>
            a.Action == nameof(RequestSignInCode) && a.Outcome == "refused" && a.Detail == nameof(TooManyAttemptsException))));

        host.Clock.Advance(TimeSpan.FromMinutes(16));
        await host.SendAsync(from, new RequestSignInCode(email));
    }

    [Fact]
    public async Task One_IP_address_gets_ten_codes_an_hour_whatever_addresses_it_names()
    {
        var from = NewIp();
        for (var i = 0; i < 10; i++)
        {
            await host.SendAsync(from, new RequestSignInCode(NewResident().Email));
        }

        await Assert.ThrowsAsync<TooManyAttemptsException>(() => host.SendAsync(from, new RequestSignInCode(NewResident().Email)));
        await host.SendAsync(NewIp(), new RequestSignInCode(NewResident().Email));
    }

    [Fact]
    public async Task Twenty_wrong_codes_from_one_IP_address_stop_it_guessing_across_addresses()
    {
        var from = NewIp();
        var emails = Enumerable.Range(0, 5).Select(_ => NewResident().Email).ToList();
        var codes = new List<string>();
        foreach (var email in emails)
        {
            codes.Add(await RequestCodeAsync(email, from));
        }

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                await host.SendAsync(from, new VerifySignInCode(emails[i], codes[i] == "000000" ? "111111" : "000000"));
            }
        }

        // the fifth address's right code is refused from this IP address, but works from another
        var refused = await Assert.ThrowsAsync<TooManyAttemptsException>(() => host.SendAsync(from, new VerifySignInCode(emails[4], codes[4])));
        Assert.Contains("1時間ほどたってから", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SignInCodeOutcome.SignedIn, (await host.SendAsync(NewIp(), new VerifySignInCode(emails[4], codes[4]))).Outcome);
    }

    [Theory]
    [InlineData("not-an-address", "123456", "メールアドレスを正しく入力してください")]
    [InlineData("花子 <hanako@example.jp>", "123456", "メールアドレスを正しく入力してください")]
    [InlineData("hanako@localhost", "123456", "メールアドレスを正しく入力してください")]
    [InlineData("hanako@example.jp", "12345", "6桁の数字")]
    [InlineData("hanako@example.jp", "12345a", "6桁の数字")]
    public async Task Malformed_input_is_refused_in_Japanese_and_counts_as_no_try(string email, string code, string message)
    {
        var from = NewIp();

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(from, new VerifySignInCode(email, code)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.ResidentSignInFailures.AnyAsync(f => f.Ip == from.IpAddress)));
    }

    [Fact]
    public async Task The_mail_waits_in_the_outbox_until_it_can_be_sent_and_the_code_is_in_no_audit_row()
    {
        // given no way to send mail (no SMTP server configured)
        var (email, from) = NewResident();
        host.Mail.DevelopmentMailbox = false;
        host.Mail.Host = null;
        await host.SendAsync(from, new RequestSignInCode(email));
        var key = await host.QueryAsync(db => db.ResidentSignInCodes.Where(c => c.Email == email).Select(c => "mail:sign-in-code:" + c.Id).SingleAsync());

        // when the outbox tries, the row stays with its error
        await host.DeliverOutboxAsync();
        var (attempts, delivered, error) = await OutboxRowAsync(key);
        Assert.Equal((1, false), (attempts, delivered));
        Assert.Contains("Mail:Host", error, StringComparison.Ordinal);

        // then, once mail can go out and the back-off has passed, it is delivered
        host.Mail.DevelopmentMailbox = true;
        host.Clock.Advance(TimeSpan.FromSeconds(3));
        await host.DeliverOutboxAsync();
        Assert.True((await OutboxRowAsync(key)).Delivered);
        var mail = Assert.Single(host.Services.GetRequiredService<DevelopmentMailbox>().All(), m => m.To == email);
        Assert.Equal("【相談窓口】サインイン用の確認コード", mail.Subject);
        var code = SixDigits().Match(mail.Body).Value;
        Assert.Matches(@"^\d{6}$", code);
        Assert.False(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => (a.Target ?? "").Contains(code) || (a.Detail ?? "").Contains(code) || (a.Target ?? "").Contains(email))));
    }

    private (string Email, TestActor From) NewResident() => ($"r{Guid.NewGuid():N}"[..13] + "@example.jp", NewIp());

    // Each test guesses from its own IP address, so that the per-IP limits of one test do not reach another.
    private static TestActor NewIp() => new(null, null, [], "2001:db8::" + Interlocked.Increment(ref ips).ToString("x", System.Globalization.CultureInfo.InvariantCulture));

    private async Task<string> RequestCodeAsync(string email, TestActor from)
    {
        host.Mail.DevelopmentMailbox = true;
        await host.SendAsync(from, new RequestSignInCode(email));
        await host.DeliverOutboxAsync();
        var mail = host.Services.GetRequiredService<DevelopmentMailbox>().All().First(m => m.To == email);
        return SixDigits().Match(mail.Body).Value;
    }

    private Task<(int Attempts, bool Delivered, string Error)> OutboxRowAsync(string key) => host.QueryAsync(async db =>
    {
        var row = await db.Database.SqlQuery<OutboxRow>($"SELECT attempts AS \"Attempts\", delivered_at IS NOT NULL AS \"Delivered\", coalesce(last_error, '') AS \"Error\" FROM wf_outbox WHERE idempotency_key = {key}").SingleAsync();
        return (row.Attempts, row.Delivered, row.Error);
    });

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    private sealed record OutboxRow(int Attempts, bool Delivered, string Error);
}
