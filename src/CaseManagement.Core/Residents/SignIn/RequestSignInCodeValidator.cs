using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Residents.SignIn;

/// <summary>The address must be a plain mail address.</summary>
public sealed class RequestSignInCodeValidator : AbstractValidator<RequestSignInCode>
{
    public RequestSignInCodeValidator() =>
        RuleFor(x => x.Email).Must(ResidentEmail.IsValid).WithMessage(_ => Messages.Get("SignInEmailInvalid"));
}
