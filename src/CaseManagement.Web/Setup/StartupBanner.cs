using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseManagement.Web.Setup;

/// <summary>Prints where the app listens and, with demo data, who can sign in.</summary>
internal static class StartupBanner
{
    public static void PrintBannerWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("==============================================================");
            foreach (var a in addresses)
            {
                Console.WriteLine($" CaseManagement: {a}   (Ctrl-C で停止 / to stop)");
            }

            var seedFile = Path.Combine(AppContext.BaseDirectory, "seed", "demo.json");
            if (app.Configuration.GetValue("CaseManagement:SeedDemoData", false) && File.Exists(seedFile))
            {
                var seed = JsonSerializer.Deserialize<DemoSeed>(File.ReadAllText(seedFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
                Console.WriteLine(" デモ用サインイン / demo sign-ins (/Account/Login):");
                foreach (var s in seed.Staff)
                {
                    Console.WriteLine($"   {string.Join(",", s.Roles),-12} {s.UserName,-12} {s.Password}");
                }
            }

            if (app.Configuration.GetValue("Mail:DevelopmentMailbox", false))
            {
                foreach (var a in addresses.Take(1))
                {
                    Console.WriteLine($" 開発用メールボックス / development mailbox: {a}/dev/mailbox");
                }
            }

            Console.WriteLine("==============================================================");
        });
}
