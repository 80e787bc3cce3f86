using QRCoder;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>Draws an otpauth:// URI as a QR code PNG, inline, so no third party ever sees the key.</summary>
internal static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
