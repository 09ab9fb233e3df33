using System.Text;
using Dasan.Core.Radar;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Dasan.Web.Radar;

/// <summary>E-mails a written briefing (plain text and HTML) through the configured SMTP server with MailKit.</summary>
public sealed class BriefingMailer(BriefingMailOptions options, ILogger<BriefingMailer> log)
{
    public bool Enabled => options.Enabled;

    /// <summary>E-mails the briefing to the configured recipients (<see cref="BriefingMailOptions.To"/>).</summary>
    public Task SendAsync(BriefingText text, CancellationToken ct) => SendAsync(text, options.To, ct);

    /// <summary>E-mails the briefing to <paramref name="recipients"/> through the configured server.</summary>
    public async Task SendAsync(BriefingText text, IReadOnlyList<string> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recipients);
        if (!options.Enabled)
        {
            throw new InvalidOperationException("E-mail is not configured: set Dasan:Radar:Mail:Host and Dasan:Radar:Mail:To.");
        }

        if (recipients.Count == 0)
        {
            throw new ArgumentException("A briefing needs at least one recipient.", nameof(recipients));
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = text.Headline;
        var plain = new StringBuilder().AppendLine(text.Headline).AppendLine();
        var html = new StringBuilder("<html lang=\"ko\"><body><h1>").Append(System.Net.WebUtility.HtmlEncode(text.Headline)).Append("</h1>");
        foreach (var p in text.Paragraphs)
        {
            plain.AppendLine(p.Text).AppendLine();
            html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p.Text)).Append("</p>");
        }

        message.Body = new BodyBuilder { TextBody = plain.ToString(), HtmlBody = html.Append("</body></html>").ToString() }.ToMessageBody();
        using var client = new SmtpClient { Timeout = 20_000 };
        await client.ConnectAsync(options.Host!, options.Port, options.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
        log.LogInformation("Briefing '{Headline}' e-mailed to {Count} recipients.", text.Headline, recipients.Count);
    }
}
