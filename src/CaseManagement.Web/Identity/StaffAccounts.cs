using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Identity;

/// <summary>Staff accounts as the admin pages change them: the sign-in account (Identity, here) and the staff member
/// (Core, through MediatR, audited). Core's command goes first, so its checks and guards refuse before anything
/// changes; Identity's own checks (user name, password) run before that, without saving.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, IMediator mediator)
{
    /// <summary>A disabled account is locked out without end; a temporary lockout (wrong passwords) ends.</summary>
    public static bool IsDisabled(StaffUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<StaffAccountView>> ListAsync(CancellationToken ct)
    {
        var members = await mediator.Send(new ListStaffMembers(), ct);
        var accounts = await users.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var rows = new List<StaffAccountView>();
        foreach (var m in members)
        {
            if (accounts.TryGetValue(m.Id, out var u))
            {
                var roles = (await users.GetRolesAsync(u)).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList();
                rows.Add(new StaffAccountView(u.Id, u.UserName ?? "", u.Email ?? "", m.DisplayName, roles, m.CategoryCodes, m.CategoryNames, IsDisabled(u), u.TwoFactorEnabled));
            }
        }

        return rows;
    }

    public async Task<StaffAccountView?> FindAsync(Guid id, CancellationToken ct) =>
        (await ListAsync(ct)).SingleOrDefault(a => a.Id == id);

    /// <summary>Creates the member and the account, whose password the member must replace at first sign-in; returns
    /// Identity's refusals (already in the page's language).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(NewStaffAccount input, CancellationToken ct)
    {
        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(), UserName = input.UserName.Trim(), Email = input.Email.Trim(), EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(), MustChangePassword = true,
        };
        var errors = await CheckAsync(user, input.Password);
        if (errors.Count > 0)
        {
            return errors;
        }

        await mediator.Send(new RegisterStaffMember(user.Id, user.UserName, user.DisplayName, input.Roles, input.Categories), ct);
        var created = await users.CreateAsync(user, input.Password);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, input.Roles.Distinct());
        }

        return created.Errors.Select(e => e.Description).ToList();
    }

    public async Task ChangeAccessAsync(Guid id, string displayName, IReadOnlyList<string> roles, IReadOnlyList<string> categories, CancellationToken ct)
    {
        var user = await FindUserAsync(id);
        await mediator.Send(new ChangeStaffAccess(id, displayName, roles, categories, await AdminFactsAsync(id)), ct);
        user.DisplayName = displayName.Trim();
        Check(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Distinct().Except(current)));
    }

    /// <summary>Disabling locks the account without end and changes its security stamp, which ends its sessions.</summary>
    public async Task SetEnabledAsync(Guid id, bool enabled, CancellationToken ct)
    {
        var user = await FindUserAsync(id);
        await mediator.Send(new SetStaffEnabled(id, enabled, await AdminFactsAsync(id)), ct);
        Check(await users.SetLockoutEndDateAsync(user, enabled ? null : DateTimeOffset.MaxValue));
        Check(await users.ResetAccessFailedCountAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Sets a new password (which also ends the member's sessions, and which the member must replace at their
    /// next sign-in); returns Identity's refusals.</summary>
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(Guid id, string password, CancellationToken ct)
    {
        var user = await FindUserAsync(id);
        var errors = await CheckPasswordAsync(user, password);
        if (errors.Count > 0)
        {
            return errors;
        }

        await mediator.Send(new ResetStaffPassword(id), ct);
        // Saved with the new password: the member replaces it at their next sign-in.
        user.MustChangePassword = true;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return (await users.ResetPasswordAsync(user, token, password)).Errors.Select(e => e.Description).ToList();
    }

    /// <summary>Forgets the authenticator and the recovery codes: the member enrols again.</summary>
    public async Task ResetTotpAsync(Guid id, CancellationToken ct)
    {
        var user = await FindUserAsync(id);
        await mediator.Send(new ResetStaffTotp(id), ct);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"));
        Check(await users.ResetAuthenticatorKeyAsync(user));
    }

    private async Task<StaffAdminFacts> AdminFactsAsync(Guid id)
    {
        var admins = (await users.GetUsersInRoleAsync(Roles.Admin)).Where(u => !IsDisabled(u)).ToList();
        return new StaffAdminFacts(admins.Any(a => a.Id == id), admins.Count(a => a.Id != id));
    }

    private async Task<StaffUser> FindUserAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new Core.Common.Errors.NotFoundException(Core.Common.Resources.Messages.Get("StaffNotFound"));

    private async Task<List<string>> CheckAsync(StaffUser user, string password)
    {
        var errors = new List<string>();
        foreach (var v in users.UserValidators)
        {
            errors.AddRange((await v.ValidateAsync(users, user)).Errors.Select(e => e.Description));
        }

        errors.AddRange(await CheckPasswordAsync(user, password));
        return errors;
    }

    private async Task<List<string>> CheckPasswordAsync(StaffUser user, string password)
    {
        var errors = new List<string>();
        foreach (var v in users.PasswordValidators)
        {
            errors.AddRange((await v.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
        }

        return errors;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("identity refused: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
