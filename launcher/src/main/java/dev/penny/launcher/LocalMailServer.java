package dev.penny.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server Penny sends receipts to when no real one is configured ({@code PENNY_SMTP_HOST}):
 * GreenMail on loopback, with IMAP beside it so that the sandbox's mailbox page (and tests) read
 * what was sent. Every message is also copied to the sandbox mailbox {@value #SANDBOX_MAILBOX}.
 */
final class LocalMailServer implements AutoCloseable {

  static final String SANDBOX_MAILBOX = "sandbox@penny.localhost";

  private final GreenMail mail;
  private final int smtpPort;
  private final int imapPort;
  private final String password;

  private LocalMailServer(GreenMail mail, int smtpPort, int imapPort, String password) {
    this.mail = mail;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.password = password;
  }

  static LocalMailServer start() {
    int smtp = Ports.anyFree();
    int imap = Ports.anyFree();
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mail.start();
    String password = VaultKeyFile.randomSecret();
    mail.setUser(SANDBOX_MAILBOX, SANDBOX_MAILBOX, password);
    return new LocalMailServer(mail, smtp, imap, password);
  }

  int smtpPort() {
    return smtpPort;
  }

  int imapPort() {
    return imapPort;
  }

  String password() {
    return password;
  }

  @Override
  public void close() {
    mail.stop();
  }
}
