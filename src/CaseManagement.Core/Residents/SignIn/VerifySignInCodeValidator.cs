using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Residents.SignIn;

/// <summary>A plain address and six digits (full-width digits and spaces allowed); anything else is not a try.</summary>
public sealed class VerifySignInCodeValidator : AbstractValidator<VerifySignInCode>
{
    public VerifySignInCodeValidator()
    {
        RuleFor(x => x.Email).Must(ResidentEmail.IsValid).WithMessage(_ => Messages.Get("SignInEmailInvalid"));
        RuleFor(x => x.Code).Must(c => SignInCodes.LooksValid(SignInCodes.Normalize(c))).WithMessage(_ => Messages.Get("SignInCodeFormat"));
    }
}
