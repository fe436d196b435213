using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>Saves full-page screenshots under the test output (artifacts/screenshots) for people to look at.</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var dir = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Artifacts, "screenshots")).FullName;
        var path = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
