package dev.penny.platform.identity;

import dev.penny.platform.crypto.Digests;
import dev.penny.platform.crypto.RandomTokens;
import dev.penny.platform.mail.MailOutbox;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations to a store's staff. An owner names an e-mail address; Penny mails it a link with a
 * secret token (valid {@link #VALID_FOR}; only its SHA-256 is stored) and makes no account. Whoever
 * opens the link signs in (or registers) and joins the staff only if their account has that
 * address: holding the link proves they read that mailbox, and nobody is put on a staff, nor given
 * an account, without saying yes. Inviting the same address again replaces the token.
 */
@ApplicationScoped
public class StaffInvitations {

  /** How long an invitation may be accepted. */
  public static final Duration VALID_FOR = Duration.ofDays(7);

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** Where invitations are accepted: {@code /stores/join/{token}}. */
  public static final String JOIN_PATH = "/stores/join/";

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  private final EntityManager em;
  private final MailOutbox outbox;
  private final StoreGroups groups;
  private final Clock clock;
  private final String publicUrl;

  @Inject
  public StaffInvitations(
      EntityManager em,
      MailOutbox outbox,
      StoreGroups groups,
      Clock clock,
      @ConfigProperty(name = "penny.public-url", defaultValue = "http://localhost:8080")
          String publicUrl) {
    this.em = em;
    this.outbox = outbox;
    this.groups = groups;
    this.clock = clock;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  protected StaffInvitations() {
    this.em = null;
    this.outbox = null;
    this.groups = null;
    this.clock = null;
    this.publicUrl = null;
  }

  /** An invitation not yet accepted, as the staff page lists it. */
  public record Pending(long id, String email, Instant expiresAt) {}

  /** What an invitation link offers, and whether it can still be taken. */
  public record Offer(long tenantId, String storeName, String slug, String email, Status status) {

    /** Whether the person's account has the invited address (only they may join). */
    public boolean isFor(Shopper person) {
      return person
          .email()
          .map(e -> e.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
          .orElse(false);
    }
  }

  /** Where an invitation stands. */
  public enum Status {
    OPEN,
    EXPIRED,
    ACCEPTED
  }

  /**
   * Invites {@code email} to the current store's staff (the request is bound to {@code store}) and
   * queues the e-mail with the link, in one transaction: the expiry.
   */
  @Transactional
  public Instant invite(ActiveTenant store, String email, String invitedBy) {
    String token = newToken();
    Instant now = clock.instant();
    Instant expires = now.plus(VALID_FOR);
    em.createNativeQuery(
            "INSERT INTO staff_invitation (tenant_id, email, token_hash, invited_by, created_at,"
                + " expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE"
                + " token_hash = VALUES(token_hash), invited_by = VALUES(invited_by),"
                + " created_at = VALUES(created_at), expires_at = VALUES(expires_at),"
                + " accepted_at = NULL, accepted_by = NULL")
        .setParameter(1, store.id())
        .setParameter(2, email)
        .setParameter(3, hash(token))
        .setParameter(4, invitedBy)
        .setParameter(5, Timestamp.from(now))
        .setParameter(6, Timestamp.from(expires))
        .executeUpdate();
    outbox.queue(
        email,
        store.name(),
        "You are invited to the staff of " + store.name() + " on Penny",
        "Hello,\n\n"
            + "an owner of "
            + store.name()
            + " invites you to help run the store on Penny: to manage its products and content"
            + " and fulfil its orders.\n\n"
            + "To accept, open this link and sign in with this e-mail address (or create an"
            + " account with it):\n\n"
            + publicUrl
            + JOIN_PATH
            + token
            + "\n\nThe link works until "
            + expires.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            + " (UTC). If you did not expect it, ignore this message: nothing happens unless you"
            + " accept.\n");
    return expires;
  }

  /** The store's invitations still waiting to be accepted, oldest first. */
  @Transactional
  public List<Pending> pending(long tenantId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, email, expires_at FROM staff_invitation WHERE tenant_id = ?1"
                    + " AND accepted_at IS NULL AND expires_at > ?2 ORDER BY id")
            .setParameter(1, tenantId)
            .setParameter(2, Timestamp.from(clock.instant()))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1], instant(r[2])))
        .toList();
  }

  /** Withdraws a pending invitation of the store; false when it has none with that id. */
  @Transactional
  public boolean cancel(long tenantId, long id) {
    return em.createNativeQuery(
                "DELETE FROM staff_invitation WHERE tenant_id = ?1 AND id = ?2"
                    + " AND accepted_at IS NULL")
            .setParameter(1, tenantId)
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  /** Whether a text could be an invitation token (else its page is not found). */
  public static boolean isWellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** What the link with this token offers; empty when no invitation has it. */
  public Optional<Offer> offer(String token) {
    if (!isWellFormed(token)) {
      return Optional.empty();
    }
    return TenantScope.acrossTenants("read a staff invitation by its link", () -> read(token));
  }

  private Optional<Offer> read(String token) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT i.tenant_id, t.name, t.slug, i.email, i.expires_at, i.accepted_at"
                    + " FROM staff_invitation i JOIN tenant t ON t.id = i.tenant_id"
                    + " WHERE i.token_hash = ?")) {
      s.setString(1, hash(token));
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Status status =
            rs.getTimestamp(6) != null
                ? Status.ACCEPTED
                : rs.getTimestamp(5).toInstant().isAfter(clock.instant())
                    ? Status.OPEN
                    : Status.EXPIRED;
        return Optional.of(
            new Offer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), status));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the invitation", e);
    }
  }

  /**
   * The signed-in person accepts: they join the store's staff if the invitation is open and for
   * their address. Refused (nothing changed) otherwise, with the reason.
   */
  public Offer accept(String token, Shopper person) {
    Offer offer =
        offer(token)
            .orElseThrow(
                () ->
                    new InvitationRefusedException(
                        "This invitation link is not valid. Ask the store's owner for a new one."));
    if (offer.status() == Status.ACCEPTED) {
      throw new InvitationRefusedException("This invitation was accepted already.");
    }
    if (offer.status() == Status.EXPIRED) {
      throw new InvitationRefusedException(
          "This invitation has expired. Ask the store's owner for a new one.");
    }
    if (!offer.isFor(person)) {
      throw new InvitationRefusedException(
          "This invitation is for "
              + offer.email()
              + ", and you are signed in as "
              + person.email().orElse(person.username())
              + ". Sign in with the invited address to accept it.");
    }
    if (groups.owners(offer.slug()).stream().anyMatch(u -> u.id().equals(person.subject()))) {
      throw new InvitationRefusedException(
          "You are an owner of " + offer.storeName() + " already.");
    }
    // Claimed first, so that of several accepts sent at once one alone goes on; given back if the
    // identity provider cannot add the member now.
    boolean claimed =
        TenantScope.acrossTenants("claim a staff invitation", () -> claim(token, person.subject()));
    if (!claimed) {
      throw new InvitationRefusedException("This invitation was accepted already.");
    }
    try {
      groups.addStaff(offer.slug(), person.subject());
    } catch (RuntimeException e) {
      TenantScope.acrossTenants("give a staff invitation back", () -> giveBack(token));
      throw e;
    }
    return offer;
  }

  /** Marks the open invitation accepted by {@code subject}: false when it was not open. */
  private boolean claim(String token, String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE staff_invitation SET accepted_at = ?, accepted_by = ?"
                    + " WHERE token_hash = ? AND accepted_at IS NULL AND expires_at > ?")) {
      Timestamp now = Timestamp.from(clock.instant());
      s.setTimestamp(1, now);
      s.setString(2, subject);
      s.setString(3, hash(token));
      s.setTimestamp(4, now);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim the invitation", e);
    }
  }

  private void giveBack(String token) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE staff_invitation SET accepted_at = NULL, accepted_by = NULL"
                    + " WHERE token_hash = ?")) {
      s.setString(1, hash(token));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not give the invitation back", e);
    }
  }

  private static String newToken() {
    return RandomTokens.urlSafe(32);
  }

  static String hash(String token) {
    return Digests.sha256Hex(token);
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t
        ? t.toInstant()
        : value instanceof java.time.LocalDateTime l
            ? l.toInstant(java.time.ZoneOffset.UTC)
            : (Instant) value;
  }

  /** An invitation that cannot be accepted (now, or by this person): the reason shown. */
  public static final class InvitationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvitationRefusedException(String reason) {
      super(reason);
    }
  }
}
