using System.Net;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Every line must be an address or CIDR; and the lock-out guard: a list without the admin's own address
/// needs an explicit confirmation.</summary>
public sealed class SetStaffIpAllowlistValidator : AbstractValidator<SetStaffIpAllowlist>
{
    public SetStaffIpAllowlistValidator(ICurrentActor actor)
    {
        RuleForEach(x => x.Ranges).Must(r => string.IsNullOrWhiteSpace(r) || StaffIpRanges.TryParse(r, out _))
            .WithMessage((_, r) => Messages.Format("IpRangeInvalid", r.Trim()));
        RuleFor(x => x).Must(x => x.ConfirmExcludingMyself || IncludesActor(x.Ranges, actor.IpAddress))
            .When(x => x.Ranges.All(r => string.IsNullOrWhiteSpace(r) || StaffIpRanges.TryParse(r, out _)))
            .WithName("ConfirmExcludingMyself")
            .WithMessage(_ => Messages.Format("IpAllowlistExcludesYou", actor.IpAddress ?? "?"));
    }

    private static bool IncludesActor(IReadOnlyList<string> ranges, string? ip)
    {
        var networks = ranges.Select(r => StaffIpRanges.TryParse(r, out var n) ? (IPNetwork?)n : null).OfType<IPNetwork>().ToList();
        // No address (the platform acting) cannot be locked out.
        return ip is null || (IPAddress.TryParse(ip, out var address) && StaffIpRanges.Allows(networks, address));
    }
}
