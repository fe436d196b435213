using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The designer's try-it panel (試行): sample variables, start, and the actions on what the run waits for
/// (complete a task, advance the test clock to a timer). Each action waits for the page's answer.</summary>
public sealed class WorkflowTrialPanel(IPage page)
{
    public ILocator Root => page.GetByTestId("trial");

    public ILocator Error => page.GetByTestId("trial-error");

    public ILocator Status => page.GetByTestId("trial-status");

    public ILocator Log => page.GetByTestId("trial-log");

    public ILocator Tasks => page.GetByTestId("trial-tasks");

    public ILocator Timers => page.GetByTestId("trial-timers");

    /// <summary>A diagram element (by BPMN id) with the run's marker: taken, current or last (reached by the last step).</summary>
    public ILocator Marked(string elementId, string marker) => page.Locator($".djs-element[data-element-id='{elementId}'].cm-trial-{marker}");

    /// <summary>The BPMN id of the diagram element named <paramref name="name"/> (as the admin reads it).</summary>
    public Task<string> IdOfAsync(string name) => page.EvaluateAsync<string>(
        "name => window.cmDesigner.modeler.get('elementRegistry').find(e => e.businessObject && e.businessObject.name === name && !e.labelTarget).id", name);

    public Task StartAsync(string variables) => AnswerAsync(async () =>
    {
        await page.GetByTestId("trial-variables").FillAsync(variables);
        await page.GetByTestId("trial-start").ClickAsync();
    });

    /// <summary>タイマーを進める: the timer waiting on <paramref name="elementId"/> fires at its due time.</summary>
    public Task AdvanceTimerAsync(string elementId) =>
        AnswerAsync(() => Timers.Locator($"li[data-element-id='{elementId}']").GetByTestId("trial-advance").ClickAsync());

    public Task CompleteTaskAsync(string elementId, string variables) => AnswerAsync(async () =>
    {
        await page.GetByTestId("trial-action-variables").FillAsync(variables);
        await Tasks.Locator($"li[data-element-id='{elementId}']").GetByTestId("trial-complete").ClickAsync();
    });

    private async Task AnswerAsync(Func<Task> act)
    {
        var before = await Root.GetAttributeAsync("data-trial-answers") ?? "0";
        await act();
        await page.Locator($"[data-testid='trial']:not([data-trial-answers='{before}'])").WaitForAsync();
    }
}
