using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Checks the requirement graph at import: every requirement points at something, and no decision
/// requires itself through others, so evaluation in dependency order always ends.</summary>
internal static class DecisionGraph
{
    public static void Validate(IReadOnlyList<DmnDecision> decisions, IReadOnlyList<DmnInputData> inputData, IReadOnlyList<XElement> elements, List<DmnImportError> errors)
    {
        var decisionIds = elements.Select(BpmnNames.IdOf).OfType<string>().ToList();
        foreach (var duplicate in decisionIds.Concat(inputData.Select(i => i.Id)).GroupBy(id => id).Where(g => g.Count() > 1))
        {
            errors.Add(new DmnImportError(duplicate.Key, "definitions", 0, "the id is used more than once"));
        }
        var inputIds = inputData.Select(i => i.Id).ToHashSet();
        foreach (var element in elements)
        {
            foreach (var requirement in element.Elements().Where(r => r.Name.LocalName == "informationRequirement").SelectMany(r => r.Elements()))
            {
                var target = DmnNames.Target(requirement);
                var known = requirement.Name.LocalName == "requiredDecision" ? decisionIds.Contains(target!) : inputIds.Contains(target!);
                if (!known) errors.Add(DmnNames.Error(element, $"{requirement.Name.LocalName} '{target}' is not in the document"));
            }
        }
        var byId = decisions.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
        var done = new HashSet<string>();
        foreach (var decision in decisions) Visit(decision, byId, done, [], errors);
    }

    private static void Visit(DmnDecision decision, Dictionary<string, DmnDecision> byId, HashSet<string> done, List<string> path, List<DmnImportError> errors)
    {
        if (done.Contains(decision.Id)) return;
        if (path.Contains(decision.Id))
        {
            errors.Add(new DmnImportError(decision.Id, "decision", decision.Line, $"circular requirement: {string.Join(" -> ", path.SkipWhile(p => p != decision.Id))} -> {decision.Id}"));
            done.Add(decision.Id);
            return;
        }
        path.Add(decision.Id);
        foreach (var required in decision.RequiredDecisionIds)
        {
            if (byId.TryGetValue(required, out var next)) Visit(next, byId, done, path, errors);
        }
        path.RemoveAt(path.Count - 1);
        done.Add(decision.Id);
    }
}
