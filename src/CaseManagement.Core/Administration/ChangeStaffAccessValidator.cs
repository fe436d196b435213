using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A name and at least one role; and the lock-out guards: an admin cannot drop their own Admin role, and
/// the last active admin keeps it.</summary>
public sealed class ChangeStaffAccessValidator : AbstractValidator<ChangeStaffAccess>
{
    public ChangeStaffAccessValidator(ICurrentActor actor)
    {
        StaffAccessRules.DisplayNameAndRoles(this, x => x.DisplayName, x => x.Roles);
        RuleFor(x => x.Roles).Must(r => r.Contains(Roles.Admin))
            .When(x => x.Admins.IsActiveAdmin && x.StaffId == actor.StaffId)
            .WithMessage(_ => Messages.Get("StaffCannotDropOwnAdmin"));
        RuleFor(x => x.Roles).Must(r => r.Contains(Roles.Admin))
            .When(x => x.Admins.IsActiveAdmin && x.StaffId != actor.StaffId && x.Admins.OtherActiveAdmins == 0)
            .WithMessage(_ => Messages.Get("StaffLastAdmin"));
    }
}
