using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A new staff member needs a user name, a display name and at least one known role.</summary>
public sealed class RegisterStaffMemberValidator : AbstractValidator<RegisterStaffMember>
{
    public RegisterStaffMemberValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => Messages.Get("StaffUserNameRequired"));
        StaffAccessRules.DisplayNameAndRoles(this, x => x.DisplayName, x => x.Roles);
    }
}
