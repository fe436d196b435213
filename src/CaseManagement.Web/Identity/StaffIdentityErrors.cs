using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Identity;

/// <summary>Identity's refusals (duplicate user name, weak password…) in the page's language, Japanese first, instead of
/// Identity's built-in English.</summary>
internal sealed class StaffIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["IdentityDefaultError"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["IdentityDuplicateUserName", userName]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["IdentityInvalidUserName", userName ?? ""]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["IdentityDuplicateEmail", email]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["IdentityInvalidEmail", email ?? ""]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["IdentityPasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["IdentityPasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["IdentityPasswordRequiresNonAlphanumeric"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["IdentityPasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["IdentityPasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["IdentityPasswordRequiresUpper"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["IdentityInvalidToken"]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), l["TotpCodeWrong"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["IdentityConcurrencyFailure"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
