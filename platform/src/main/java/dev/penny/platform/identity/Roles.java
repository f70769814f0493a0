package dev.penny.platform.identity;

/** The realm roles of the {@code penny} realm. */
public final class Roles {

  public static final String SHOPPER = "shopper";
  public static final String MERCHANT = "merchant";
  public static final String PLATFORM_ADMIN = "platform-admin";

  private Roles() {}
}
