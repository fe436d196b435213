using CaseManagement.Core.Common.Resources;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.DataLifecycle;

/// <summary>The admin must type the municipality's name exactly: nothing is deleted by a slip.</summary>
internal sealed class DeleteAllPersonalDataValidator : AbstractValidator<DeleteAllPersonalData>
{
    public DeleteAllPersonalDataValidator(IOptions<DataLifecycleOptions> options)
    {
        var name = options.Value.MunicipalityName;
        RuleFor(r => r.Confirmation).Must(c => string.Equals(c?.Trim(), name, StringComparison.Ordinal))
            .WithMessage(_ => Messages.Format("DeletionConfirmationMismatch", name));
    }
}
