using MediatR;

namespace CaseManagement.Core.Common.Messaging;

/// <summary>A request that changes something: audited and run in one transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
