namespace CaseManagement.Core.Consultations;

/// <summary>Who wrote a message.</summary>
public enum MessageAuthor
{
    Resident,
    Staff,
}
