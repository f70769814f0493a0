package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.time.SandboxClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * The sandbox's clock on the dashboard (only when the sandbox is on): an owner moves Penny's time
 * forward, e.g. 73 hours so that a demo tab becomes due by age, or back to the real time.
 */
@Named("sandboxClock")
@RequestScoped
public class SandboxClockBean {

  private final SandboxClock clock;
  private final AdminContext admin;
  private String hours = "73";

  @Inject
  public SandboxClockBean(SandboxClock clock, AdminContext admin) {
    this.clock = clock;
    this.admin = admin;
  }

  protected SandboxClockBean() {
    this(null, null);
  }

  public boolean isAvailable() {
    return clock.isAvailable();
  }

  /** The sandbox's time, as people read it ("2026-12-04 00:55 UTC"). */
  public String getNow() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(java.time.ZoneOffset.UTC)
        .format(clock.now());
  }

  public long getOffsetHours() {
    return clock.offset().toHours();
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public void advance() {
    if (!clock.isAvailable() || !admin.allowOwnerAction("move the sandbox clock")) {
      return;
    }
    String typed = hours == null ? "" : hours.strip();
    if (!typed.matches("[1-9][0-9]{0,3}") || Integer.parseInt(typed) > 8784) {
      AdminMessages.error("Move the clock by 1 to 8784 hours (a year).");
      return;
    }
    try {
      clock.advance(
          Duration.ofHours(Integer.parseInt(typed)), "the admin of " + admin.getStore().slug());
    } catch (IllegalArgumentException e) {
      AdminMessages.error(e.getMessage());
      return;
    }
    AdminMessages.info("Penny's clock moved forward by " + typed + " hours.");
    AdminParameters.redirect(admin, "/");
  }

  public void reset() {
    if (!clock.isAvailable() || !admin.allowOwnerAction("reset the sandbox clock")) {
      return;
    }
    clock.reset("the admin of " + admin.getStore().slug());
    AdminMessages.info("Penny's clock is back to the real time.");
    AdminParameters.redirect(admin, "/");
  }
}
