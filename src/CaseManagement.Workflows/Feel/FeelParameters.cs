using System.Runtime.CompilerServices;

namespace CaseManagement.Workflows.Feel;

/// <summary>Parameter names, for calls with named arguments (<c>substring(string: "abc", start position: 2)</c>): the
/// DMN 1.3 names of the built-ins (§10.3.4), and those of function values (function literals, business knowledge
/// models), which register theirs when they are made.</summary>
internal static class FeelParameters
{
    private static readonly ConditionalWeakTable<FeelFunction, IReadOnlyList<string>> OfFunctions = [];

    // Overloads in the order the spec lists them; a named call picks the first overload that has every name it uses.
    private static readonly Dictionary<string, string[][]> OfBuiltins = new(StringComparer.Ordinal)
    {
        ["date"] = [["from"], ["year", "month", "day"]],
        ["date and time"] = [["from"], ["date", "time"]],
        ["time"] = [["from"], ["hour", "minute", "second", "offset"]],
        ["number"] = [["from", "grouping separator", "decimal separator"]],
        ["string"] = [["from"]],
        ["duration"] = [["from"]],
        ["years and months duration"] = [["from", "to"]],
        ["not"] = [["negand"]],
        ["substring"] = [["string", "start position", "length"]],
        ["string length"] = [["string"]],
        ["upper case"] = [["string"]],
        ["lower case"] = [["string"]],
        ["substring before"] = [["string", "match"]],
        ["substring after"] = [["string", "match"]],
        ["replace"] = [["input", "pattern", "replacement", "flags"]],
        ["contains"] = [["string", "match"]],
        ["starts with"] = [["string", "match"]],
        ["ends with"] = [["string", "match"]],
        ["matches"] = [["input", "pattern", "flags"]],
        ["split"] = [["string", "delimiter"]],
        ["string join"] = [["list", "delimiter"]],
        ["list contains"] = [["list", "element"]],
        ["count"] = [["list"]],
        ["min"] = [["list"]],
        ["max"] = [["list"]],
        ["sum"] = [["list"]],
        ["mean"] = [["list"]],
        ["all"] = [["list"]],
        ["any"] = [["list"]],
        ["sublist"] = [["list", "start position", "length"]],
        ["append"] = [["list", "item"]],
        ["concatenate"] = [["list"]],
        ["insert before"] = [["list", "position", "newItem"]],
        ["remove"] = [["list", "position"]],
        ["reverse"] = [["list"]],
        ["index of"] = [["list", "match"]],
        ["union"] = [["list"]],
        ["distinct values"] = [["list"]],
        ["flatten"] = [["list"]],
        ["product"] = [["list"]],
        ["median"] = [["list"]],
        ["stddev"] = [["list"]],
        ["mode"] = [["list"]],
        ["sort"] = [["list", "precedes"]],
        ["decimal"] = [["n", "scale"]],
        ["floor"] = [["n"]],
        ["ceiling"] = [["n"]],
        ["abs"] = [["n"]],
        ["modulo"] = [["dividend", "divisor"]],
        ["sqrt"] = [["number"]],
        ["log"] = [["number"]],
        ["exp"] = [["number"]],
        ["odd"] = [["number"]],
        ["even"] = [["number"]],
        ["round up"] = [["n", "scale"]],
        ["round down"] = [["n", "scale"]],
        ["round half up"] = [["n", "scale"]],
        ["round half down"] = [["n", "scale"]],
        ["is defined"] = [["value"]],
        ["get value"] = [["m", "key"]],
        ["get entries"] = [["m"]],
        ["context put"] = [["context", "key", "value"]],
        ["context merge"] = [["contexts"]],
        ["context"] = [["entries"]],
        ["day of year"] = [["date"]],
        ["day of week"] = [["date"]],
        ["month of year"] = [["date"]],
        ["week of year"] = [["date"]],
        ["before"] = [["point1", "point2"], ["point", "range"], ["range", "point"], ["range1", "range2"]],
        ["after"] = [["point1", "point2"], ["point", "range"], ["range", "point"], ["range1", "range2"]],
        ["meets"] = [["range1", "range2"]],
        ["met by"] = [["range1", "range2"]],
        ["overlaps"] = [["range1", "range2"]],
        ["overlaps before"] = [["range1", "range2"]],
        ["overlaps after"] = [["range1", "range2"]],
        ["finishes"] = [["point", "range"], ["range1", "range2"]],
        ["finished by"] = [["range", "point"], ["range1", "range2"]],
        ["includes"] = [["range", "point"], ["range1", "range2"]],
        ["during"] = [["point", "range"], ["range1", "range2"]],
        ["starts"] = [["point", "range"], ["range1", "range2"]],
        ["started by"] = [["range", "point"], ["range1", "range2"]],
        ["coincides"] = [["point1", "point2"], ["range1", "range2"]],
    };

    /// <summary>Gives a function value its parameter names; returns it, for use where it is made.</summary>
    public static FeelFunction Named(FeelFunction function, IReadOnlyList<string> parameters)
    {
        OfFunctions.AddOrUpdate(function, parameters);
        return function;
    }

    /// <summary>Puts named arguments in their positions. A parameter not given is null; trailing ones are left out, so
    /// optional parameters keep their defaults (<c>substring(string: "abc", start position: 2)</c> has no length).</summary>
    public static object?[] Order(string callee, FeelFunction? function, IReadOnlyList<string> names, object?[] values)
    {
        IReadOnlyList<string>[] overloads = function is not null
            ? OfFunctions.TryGetValue(function, out var own) ? [own] : []
            : OfBuiltins.TryGetValue(callee, out var builtin) ? builtin : [];
        if (overloads.Length == 0)
        {
            throw new FeelException($"{callee}() cannot be called with named arguments");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new FeelException($"{callee}() was given the same named argument twice");
        }

        // before(range: r, point: p) and before(point: p, range: r) are different forms with the same names: the
        // order the call writes them in decides.
        var fitting = overloads.Where(o => names.All(o.Contains)).ToList();
        var parameters = fitting.FirstOrDefault(o => names.Select(o.IndexOf).Order().SequenceEqual(names.Select(o.IndexOf))) ?? fitting.FirstOrDefault();
        if (parameters is null)
        {
            var unknown = names.FirstOrDefault(n => !overloads.Any(o => o.Contains(n)));
            throw new FeelException((unknown is null
                ? $"{callee}() has no form taking {string.Join(", ", names)} together"
                : $"{callee}() has no parameter named '{unknown}'") + $" (its parameters: {string.Join(" | ", overloads.Select(o => string.Join(", ", o)))})");
        }
        // A function value takes all its parameters; a built-in's optional ones are left out at the end.
        var ordered = new object?[function is not null ? parameters.Count : names.Max(parameters.IndexOf) + 1];
        for (var i = 0; i < names.Count; i++)
        {
            ordered[parameters.IndexOf(names[i])] = values[i];
        }

        return ordered;
    }

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item) return i;
        }

        return -1;
    }
}
