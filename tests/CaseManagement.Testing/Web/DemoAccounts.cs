namespace CaseManagement.Testing.Web;

/// <summary>The demo sign-ins of db/seed/demo.json, as tests use them.</summary>
public static class DemoAccounts
{
    public static readonly (string UserName, string Password) Counselor = ("counselor", "Counselor#2026");
    public static readonly (string UserName, string Password) Supervisor = ("supervisor", "Supervisor#2026");
    public static readonly (string UserName, string Password) Admin = ("admin", "Admin#2026pass");
    public static readonly (string UserName, string Password) Auditor = ("auditor", "Auditor#2026");
}
