using System.Globalization;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Statistics;

/// <summary>The statistics and case list of a period as a CSV download. A command, so every export is audited.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ExportCaseStatistics(DateOnly From, DateOnly To, CsvEncoding Encoding) : ICommand<CsvFile>, IAuditTarget
{
    public string AuditTarget => string.Create(CultureInfo.InvariantCulture, $"statistics:{From:yyyy-MM-dd}..{To:yyyy-MM-dd}:{Encoding}");
}

internal sealed class ExportCaseStatisticsHandler(IMediator mediator) : IRequestHandler<ExportCaseStatistics, CsvFile>
{
    public async Task<CsvFile> Handle(ExportCaseStatistics request, CancellationToken cancellationToken)
    {
        var statistics = await mediator.Send(new GetCaseStatistics(request.From, request.To), cancellationToken);
        var charset = request.Encoding == CsvEncoding.ShiftJis ? "shift_jis" : "utf-8";
        var name = string.Create(CultureInfo.InvariantCulture, $"statistics_{request.From:yyyyMMdd}-{request.To:yyyyMMdd}.csv");
        return new CsvFile(name, "text/csv; charset=" + charset, StatisticsCsv.Write(statistics, request.Encoding));
    }
}
