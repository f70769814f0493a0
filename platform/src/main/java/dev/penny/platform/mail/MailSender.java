package dev.penny.platform.mail;

import dev.penny.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mail over SMTP ({@code penny.smtp.*}: the launcher's local server in the sandbox, or
 * {@code PENNY_SMTP_*}), across stores through the named seam, each message marked sent in its own
 * store's scope. A message that fails is tried again on later sweeps, up to a limit. In the sandbox
 * every message is also copied to the sandbox mailbox ({@code penny.mail.sandbox-copy}).
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  private final MailOutbox outbox;
  private final Optional<String> host;
  private final int port;
  private final Optional<String> user;
  private final Optional<String> password;
  private final String from;
  private final boolean startTls;
  private final Optional<String> sandboxCopy;

  @Inject
  public MailSender(
      MailOutbox outbox,
      @ConfigProperty(name = "penny.smtp.host") Optional<String> host,
      @ConfigProperty(name = "penny.smtp.port", defaultValue = "25") int port,
      @ConfigProperty(name = "penny.smtp.user") Optional<String> user,
      @ConfigProperty(name = "penny.smtp.password") Optional<String> password,
      @ConfigProperty(name = "penny.smtp.from", defaultValue = "receipts@penny.localhost")
          String from,
      @ConfigProperty(name = "penny.smtp.starttls", defaultValue = "false") boolean startTls,
      @ConfigProperty(name = "penny.mail.sandbox-copy") Optional<String> sandboxCopy) {
    this.outbox = outbox;
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.from = from;
    this.startTls = startTls;
    this.sandboxCopy = sandboxCopy;
  }

  protected MailSender() {
    this(
        null,
        Optional.empty(),
        25,
        Optional.empty(),
        Optional.empty(),
        "",
        false,
        Optional.empty());
  }

  /** Sends what is queued; how many were sent. Nothing happens without an SMTP server. */
  public int sendQueued() {
    if (host.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (MailOutbox.Queued queued :
        TenantScope.acrossTenants("send queued mail", () -> outbox.unsentAcrossTenants(50))) {
      Optional<OutboundMail> mail =
          TenantScope.runAs(queued.tenantId(), () -> outbox.find(queued.id()));
      if (mail.isEmpty()) {
        continue;
      }
      try {
        send(mail.get());
        TenantScope.runAs(queued.tenantId(), () -> outbox.markSent(queued.id()));
        sent++;
      } catch (MessagingException | UnsupportedEncodingException e) {
        LOG.info(() -> "Mail " + queued.id() + " not sent yet: " + e.getClass().getSimpleName());
        TenantScope.runAs(
            queued.tenantId(), () -> outbox.markFailed(queued.id(), e.getClass().getSimpleName()));
      }
    }
    return sent;
  }

  /** Whether an SMTP server is configured (without one, nothing is sent). */
  public boolean configured() {
    return host.isPresent();
  }

  /**
   * Sends one message Penny itself sends (as merchant of record: a tab's receipt) at once; the
   * caller records that it was sent.
   */
  public void sendNow(String to, String fromName, String subject, String body)
      throws MessagingException, UnsupportedEncodingException {
    send(to, fromName, subject, body);
  }

  private void send(OutboundMail mail) throws MessagingException, UnsupportedEncodingException {
    send(mail.to(), mail.fromName(), mail.subject(), mail.body());
  }

  private void send(String to, String fromName, String subject, String body)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    if (sandboxCopy.isPresent()) {
      message.setRecipient(Message.RecipientType.BCC, new InternetAddress(sandboxCopy.get()));
    }
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(new Date());
    Transport.send(message);
  }

  private Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    if (user.isPresent()) {
      props.put("mail.smtp.auth", "true");
      return Session.getInstance(
          props,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(props);
  }
}
