using System.Security.Cryptography;

namespace CaseManagement.Web.Security;

/// <summary>The per-request nonce that the Content-Security-Policy allows scripts with.</summary>
public static class CspNonce
{
    private const string Key = "cm:csp-nonce";

    /// <summary>This request's nonce, made on first use (128 random bits).</summary>
    public static string CspNonceFor(this HttpContext context)
    {
        if (context.Items[Key] is not string nonce)
        {
            // Hex, not Base64: nothing in it for HTML to encode, so the attribute is byte for byte the policy's value.
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[Key] = nonce;
        }

        return nonce;
    }
}
