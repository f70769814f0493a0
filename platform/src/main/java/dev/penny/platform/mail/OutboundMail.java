package dev.penny.platform.mail;

import dev.penny.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One e-mail a store sends (a receipt): kept until sent, then kept as the record of it. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail extends TenantOwned {

  static final int MAX_ATTEMPTS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 254, updatable = false)
  private String to;

  @Column(name = "from_name", nullable = false, length = 160, updatable = false)
  private String fromName;

  @Column(nullable = false, length = 200, updatable = false)
  private String subject;

  @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 200)
  private String lastError;

  protected OutboundMail() {}

  OutboundMail(String to, String fromName, String subject, String body, Instant now) {
    this.to = to;
    this.fromName = fromName;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
  }

  void sent(Instant now) {
    sentAt = now;
    lastError = null;
  }

  void failed(String error) {
    attempts++;
    lastError = error.length() > 200 ? error.substring(0, 200) : error;
  }

  public Long id() {
    return id;
  }

  public String to() {
    return to;
  }

  public String fromName() {
    return fromName;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
