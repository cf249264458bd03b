import nodemailer from "nodemailer";

/** `messageId` makes a message recognisable (a notice's mail carries the notice's id). */
export type Mail = { to: string; subject: string; text: string; messageId?: string };
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/**
 * Mail goes through nodemailer to the server named by SMTP_URL (smtp://user:pass@host:port, or
 * smtps:// for implicit TLS). Without SMTP_URL there is no mailer and the app shows links instead.
 */
export const createMailer = (smtpUrl: string | undefined, from: string): Mailer | null => {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
};
