namespace CaseManagement.Core.Consultations;

/// <summary>The two sides of a consultation's chat: the resident, and the municipality's staff as one party.</summary>
public enum ChatSide
{
    Resident,
    Staff,
}
