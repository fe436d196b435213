using System.Net;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>Creating and changing staff members through the admin pages over HTTP.</summary>
internal static class StaffAdminHttp
{
    public const string Password = "Initial#2026pw";

    public static async Task<HttpClient> AdminClientAsync(this TestApp app)
    {
        var admin = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoAccounts.Admin)).StatusCode);
        return admin;
    }

    public static List<KeyValuePair<string, string>> NewStaff(string userName, string password, string[] roles, string[] categories)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Account.UserName", userName), new("Account.DisplayName", "職員 " + userName),
            new("Account.Email", userName + "@staff.city.example.jp"), new("Account.Password", password),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Account.Roles", r)));
        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>("Account.Categories", c)));
        return fields;
    }

    /// <summary>A member the admin created who has since chosen their own password (<see cref="Password"/>, for the
    /// test's brevity): their sign-in leads straight to their area. The first sign-in itself is tested on its own.</summary>
    public static async Task<Guid> CreateStaffAsync(this TestApp app, string userName, string[] roles, string[] categories)
    {
        using var admin = await app.AdminClientAsync();
        var response = await admin.PostFormFieldsAsync("/Admin/Staff/Create", NewStaff(userName, Password, roles, categories));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        Assert.True(user.MustChangePassword);
        user.MustChangePassword = false;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return user.Id;
    }

    public static Task<HttpResponseMessage> ChangePasswordAsync(this HttpClient member, string current, string next, string? confirm = null) =>
        member.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next,
        });

    public static Task<HttpResponseMessage> ChangeAccessAsync(this HttpClient admin, Guid id, string displayName, string[] roles, string[] categories)
    {
        var fields = new List<KeyValuePair<string, string>> { new("DisplayName", displayName) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>("Categories", c)));
        return admin.PostFormFieldsAsync($"/Admin/Staff/Edit/{id}", fields);
    }

    public static Task<HttpResponseMessage> PostStaffActionAsync(this HttpClient admin, Guid id, string handler, string? newPassword = null) =>
        admin.PostFormAsync($"/Admin/Staff/Edit/{id}",
            newPassword is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NewPassword"] = newPassword },
            actionUrl: $"/Admin/Staff/Edit/{id}?handler={handler}");

    public static async Task<StaffUser?> StaffAccountAsync(this TestApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
    }
}
