using CaseManagement.Core.Consultations;

namespace CaseManagement.Web.Chat;

/// <summary>What _ChatMessages renders: some messages of a conversation (all, or those after the last one a page
/// has), their attachments, and which of the viewer's own messages the other side has read.</summary>
public sealed record ChatMessageList(
    IReadOnlyList<MessageView> Messages, IReadOnlyDictionary<Guid, AttachmentView> Attachments, IReadOnlySet<Guid> ReadByOtherSide,
    ChatSide Viewer, string AttachmentsUrl)
{
    /// <summary>True when <paramref name="after"/> was not found, so the list is whole and replaces what the page has.</summary>
    public bool Reset { get; init; }

    public bool IsOwn(MessageView m) => IsFrom(Viewer, m);

    public static ChatMessageList For(IReadOnlyList<MessageView> all, ChatView chat, ChatSide viewer, string attachmentsUrl, Guid? after = null)
    {
        var otherMark = (viewer == ChatSide.Resident ? chat.State.StaffRead : chat.State.ResidentRead)?.MessageId;
        var readUpTo = otherMark is { } id ? IndexOf(all, id) : -1;
        var read = all.Take(readUpTo + 1).Where(m => IsFrom(viewer, m)).Select(m => m.Id).ToHashSet();
        var start = after is { } a ? IndexOf(all, a) + 1 : 0;
        var reset = after is not null && start == 0;
        return new ChatMessageList(all.Skip(start).ToList(), chat.Attachments.ToDictionary(x => x.MessageId), read, viewer, attachmentsUrl)
        {
            Reset = reset,
        };
    }

    private static bool IsFrom(ChatSide side, MessageView m) => (m.Author == MessageAuthor.Resident) == (side == ChatSide.Resident);

    private static int IndexOf(IReadOnlyList<MessageView> all, Guid id)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
