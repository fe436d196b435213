using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Checks the requirement graph at import: every requirement points at something, and no decision (or
/// business knowledge model) requires itself through others, so evaluation in dependency order always ends.</summary>
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
        var byId = decisions.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => (g.First().Line, g.First().RequiredDecisionIds));
        FindCycles("decision", byId, errors);
    }

    public static void ValidateKnowledge(IReadOnlyList<DmnDecision> decisions, IReadOnlyList<DmnBusinessKnowledgeModel> knowledge, List<DmnImportError> errors)
    {
        var byId = knowledge.GroupBy(k => k.Id).ToDictionary(g => g.Key, g => (g.First().Line, g.First().RequiredKnowledgeIds));
        var users = decisions.Select(d => (d.Id, Type: "decision", d.Line, d.RequiredKnowledgeIds))
            .Concat(knowledge.Select(k => (k.Id, Type: "businessKnowledgeModel", k.Line, k.RequiredKnowledgeIds)));
        foreach (var (id, type, line, required) in users)
        {
            foreach (var missing in required.Where(r => !byId.ContainsKey(r)))
            {
                errors.Add(new DmnImportError(id, type, line, $"requiredKnowledge '{missing}' is not in the document"));
            }
        }
        FindCycles("businessKnowledgeModel", byId, errors);
    }

    private static void FindCycles(string type, Dictionary<string, (int Line, IReadOnlyList<string> Required)> graph, List<DmnImportError> errors)
    {
        var done = new HashSet<string>();
        foreach (var id in graph.Keys) Visit(id, type, graph, done, [], errors);
    }

    private static void Visit(string id, string type, Dictionary<string, (int Line, IReadOnlyList<string> Required)> graph, HashSet<string> done, List<string> path, List<DmnImportError> errors)
    {
        if (done.Contains(id)) return;
        if (path.Contains(id))
        {
            errors.Add(new DmnImportError(id, type, graph[id].Line, $"circular requirement: {string.Join(" -> ", path.SkipWhile(p => p != id))} -> {id}"));
            done.Add(id);
            return;
        }
        path.Add(id);
        foreach (var next in graph[id].Required.Where(graph.ContainsKey)) Visit(next, type, graph, done, path, errors);
        path.RemoveAt(path.Count - 1);
        done.Add(id);
    }
}
