import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where queued e-mail goes. Kitt ships an SMTP sender; without one the outbox rows wait for the admin view. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/** Sends through the SMTP server of `url` (smtp:// or smtps://, credentials in the URL) with nodemailer. */
export class SmtpSender implements MailSender {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Short timeouts: one unreachable server must not hold the sending job for minutes.
    this.transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as object);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport.close();
  }
}
