package dev.penny.storefront.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local mail server's sandbox mailbox, read over IMAP on loopback: every message Penny sent,
 * newest first (the launcher's local server copies each one here).
 */
@ApplicationScoped
public class SandboxMailbox {

  /** One message as the mailbox page shows it. */
  public record Mail(List<String> to, String subject, Instant sent, String body) {}

  private final boolean sandbox;
  private final Optional<Integer> port;
  private final Optional<String> user;
  private final Optional<String> password;

  @Inject
  public SandboxMailbox(
      @ConfigProperty(name = "penny.sandbox", defaultValue = "false") boolean sandbox,
      @ConfigProperty(name = "penny.sandbox.imap-port") Optional<Integer> port,
      @ConfigProperty(name = "penny.sandbox.imap-user") Optional<String> user,
      @ConfigProperty(name = "penny.sandbox.imap-password") Optional<String> password) {
    this.sandbox = sandbox;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  protected SandboxMailbox() {
    this(false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether there is a mailbox to show: the sandbox is on and the local server runs. */
  public boolean available() {
    return sandbox && port.isPresent() && user.isPresent() && password.isPresent();
  }

  /** The newest {@code limit} messages, those to {@code to} only when it is given. */
  public List<Mail> newest(Optional<String> to, int limit) throws MessagingException, IOException {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", port.orElseThrow().toString());
    props.put("mail.imap.connectiontimeout", "3000");
    props.put("mail.imap.timeout", "5000");
    Store store = Session.getInstance(props).getStore("imap");
    store.connect("127.0.0.1", port.get(), user.orElseThrow(), password.orElseThrow());
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        Message[] messages = inbox.getMessages();
        List<Mail> found = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0 && found.size() < limit; i--) {
          Mail mail = read(messages[i]);
          if (to.isEmpty() || mail.to().stream().anyMatch(a -> a.equalsIgnoreCase(to.get()))) {
            found.add(mail);
          }
        }
        return found;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  private static Mail read(Message message) throws MessagingException, IOException {
    List<String> to =
        Arrays.stream(
                Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .orElse(new Address[0]))
            .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
            .toList();
    Instant sent =
        message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
    return new Mail(to, String.valueOf(message.getSubject()), sent, text(message));
  }

  private static String text(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart multipart) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        out.append(text(multipart.getBodyPart(i)));
      }
      return out.toString();
    }
    return "";
  }
}
