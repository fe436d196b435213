using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>The lock-out guards: an admin cannot disable themself, nor the last active admin.</summary>
public sealed class SetStaffEnabledValidator : AbstractValidator<SetStaffEnabled>
{
    public SetStaffEnabledValidator(ICurrentActor actor)
    {
        RuleFor(x => x.Enabled).Must(e => e).When(x => x.StaffId == actor.StaffId)
            .WithMessage(_ => Messages.Get("StaffCannotDisableSelf"));
        RuleFor(x => x.Enabled).Must(e => e).When(x => x.StaffId != actor.StaffId && x.Admins is { IsActiveAdmin: true, OtherActiveAdmins: 0 })
            .WithMessage(_ => Messages.Get("StaffLastAdmin"));
    }
}
