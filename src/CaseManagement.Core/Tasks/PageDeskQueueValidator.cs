using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Tasks;

/// <summary>Pages of 25, 50 or 100 rows, counted from 1.</summary>
public sealed class PageDeskQueueValidator : AbstractValidator<PageDeskQueue>
{
    public PageDeskQueueValidator()
    {
        RuleFor(x => x.PageSize).Must(s => PagedDeskQueue.PageSizes.Contains(s)).WithMessage(_ => Messages.Get("PageSizeInvalid"));
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage(_ => Messages.Get("PageInvalid"));
        RuleFor(x => x.Sort).IsInEnum().WithMessage(_ => Messages.Get("SortInvalid"));
    }
}
