using System.Text;
using System.Text.Json;
using CaseManagement.Web.Cluster;

namespace CaseManagement.Web.Tests.Cluster;

/// <summary>A push to many groups (a notification for every staff member) is split so that no NOTIFY payload reaches
/// PostgreSQL's 8000-byte limit, and every group is in exactly one slice.</summary>
public sealed class HubFanOutPayloadTests
{
    [Fact]
    public void A_push_to_five_hundred_staff_members_is_split_under_the_notify_limit_without_losing_a_group()
    {
        var groups = Enumerable.Range(0, 500).Select(_ => "staff:" + Guid.NewGuid()).ToList();

        var payloads = HubFanOut.Payloads("DeskHub", "notificationsChanged", groups, new { queue = "category:x", change = "created" }).ToList();

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, HubFanOut.MaxPayloadBytes));
        var messages = payloads.Select(p => JsonSerializer.Deserialize<FanOutMessage>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!).ToList();
        Assert.Equal(groups, messages.SelectMany(m => m.Groups));
        Assert.All(messages, m => Assert.Equal("created", m.Argument!.Value.GetProperty("change").GetString()));
    }

    [Fact]
    public void An_argument_too_large_for_notify_is_refused_rather_than_cut()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            HubFanOut.Payloads("DeskHub", "deskChanged", ["queue:x"], new { text = new string('あ', 3000) }).ToList());

        Assert.Contains("ids only", refused.Message, StringComparison.Ordinal);
    }
}
