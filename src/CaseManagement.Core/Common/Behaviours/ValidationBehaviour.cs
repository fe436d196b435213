using FluentValidation;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Runs every validator of the request; any failure stops it before it touches anything.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : await next();
    }
}
