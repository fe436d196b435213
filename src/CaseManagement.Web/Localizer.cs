using Microsoft.Extensions.Localization;

namespace CaseManagement.Web;

/// <summary>Looks up a resource by a prefix and a code (e.g. a history kind), falling back to the code itself.</summary>
public static class Localizer
{
    public static string Code(this IStringLocalizer l, string prefix, string code)
    {
        var text = l[prefix + code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
