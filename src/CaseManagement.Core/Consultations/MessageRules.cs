namespace CaseManagement.Core.Consultations;

/// <summary>Limits shared by every message a person writes.</summary>
public static class MessageRules
{
    public const int MaxLength = 4000;
}
