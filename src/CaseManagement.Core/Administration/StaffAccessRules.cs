using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Rules shared by creating a staff member and changing their access: a name, at least one known role.</summary>
internal static class StaffAccessRules
{
    public static void DisplayNameAndRoles<T>(AbstractValidator<T> v, Func<T, string> displayName, Func<T, IReadOnlyList<string>> roles)
    {
        v.RuleFor(x => displayName(x)).NotEmpty().WithName("DisplayName").WithMessage(_ => Messages.Get("StaffDisplayNameRequired"))
            .MaximumLength(100).WithName("DisplayName").WithMessage(_ => Messages.Get("StaffDisplayNameTooLong"));
        v.RuleFor(x => roles(x)).NotEmpty().WithName("Roles").WithMessage(_ => Messages.Get("StaffRoleRequired"));
        v.RuleForEach(x => roles(x)).Must(r => Roles.All.Contains(r)).WithName("Roles")
            .WithMessage((_, r) => Messages.Format("StaffRoleUnknown", r));
    }

    /// <summary>The category ids of these codes; an unknown code is bad input, refused in Japanese.</summary>
    public static async Task<List<Guid>> CategoryIdsAsync(CaseDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToArray();
        var found = await db.Categories.Where(c => wanted.Contains(c.Code)).Select(c => new { c.Id, c.Code }).ToListAsync(ct);
        if (wanted.FirstOrDefault(code => found.All(f => f.Code != code)) is { } unknown)
        {
            throw new ValidationException([new ValidationFailure("CategoryCodes", Messages.Format("StaffCategoryUnknown", unknown))]);
        }

        return found.Select(f => f.Id).ToList();
    }

    /// <summary>For what a member records about their own sign-in account (authenticator, password): only oneself.</summary>
    public static Task EnsureSelfAsync(CaseDbContext db, ICurrentActor actor, Guid staffId, CancellationToken ct) =>
        actor.StaffId == staffId ? EnsureExistsAsync(db, staffId, ct) : throw new ForbiddenException(Messages.Get("Forbidden"));

    public static async Task EnsureExistsAsync(CaseDbContext db, Guid staffId, CancellationToken ct)
    {
        if (!await db.StaffMembers.AnyAsync(s => s.Id == staffId, ct))
        {
            throw new NotFoundException(Messages.Get("StaffNotFound"));
        }
    }
}
