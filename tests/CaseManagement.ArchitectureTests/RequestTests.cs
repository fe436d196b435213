using System.Reflection;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.ArchitectureTests;

/// <summary>Every use case decides who may send it, and has exactly one handler.</summary>
public sealed class RequestTests
{
    private static readonly Type[] CoreTypes = typeof(Core.Common.CaseDbContext).Assembly.GetTypes();

    public static TheoryData<string> Requests => new(RequestTypes().Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_says_either_which_roles_may_send_it_or_that_anyone_may(string name)
    {
        var type = CoreTypes.Single(t => t.FullName == name);

        var authorize = type.GetCustomAttribute<AuthorizeAttribute>();
        var anyone = type.GetCustomAttribute<AllowAnyoneAttribute>();

        Assert.True(authorize is not null ^ anyone is not null, $"{name} must carry exactly one of [Authorize(...)] or [AllowAnyone]");
        Assert.True(authorize is null || authorize.Roles.Count > 0, $"{name} has [Authorize] without roles");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_has_exactly_one_handler_in_the_same_module(string name)
    {
        var type = CoreTypes.Single(t => t.FullName == name);
        var response = type.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var handlerInterface = typeof(IRequestHandler<,>).MakeGenericType(type, response);

        var handlers = CoreTypes.Where(t => !t.IsAbstract && handlerInterface.IsAssignableFrom(t)).ToList();

        var handler = Assert.Single(handlers);
        Assert.Equal(type.Namespace, handler.Namespace);
    }

    private static IEnumerable<Type> RequestTypes() => CoreTypes.Where(t =>
        !t.IsAbstract && !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));
}
