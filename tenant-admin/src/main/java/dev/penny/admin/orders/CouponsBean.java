package dev.penny.admin.orders;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.cart.coupon.Coupon;
import dev.penny.cart.coupon.CouponKind;
import dev.penny.cart.coupon.CouponService;
import dev.penny.cart.coupon.CouponTerms;
import dev.penny.money.Money;
import dev.penny.money.MoneyException;
import dev.penny.platform.input.InputChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The coupons page: the store's coupons with their use, a form for a new one (a percentage or an
 * amount off, a minimum subtotal, an expiry date, a usage limit), and ending one.
 */
@Named("couponsAdmin")
@RequestScoped
public class CouponsBean {

  private final CouponService coupons;
  private final AdminContext admin;
  private final java.time.Clock clock;
  private List<Coupon> rows;
  private String code;
  private String kind = "PERCENT";
  private String value;
  private String minimum;
  private String expires;
  private String limit;
  private String endId;

  @Inject
  public CouponsBean(CouponService coupons, AdminContext admin, java.time.Clock clock) {
    this.coupons = coupons;
    this.admin = admin;
    this.clock = clock;
  }

  protected CouponsBean() {
    this(null, null, null);
  }

  /** What a row's state says: ended by the merchant, expired, used up, or active. */
  public String state(Coupon c) {
    if (!c.active()) {
      return "Ended";
    }
    if (c.expiresAt().isPresent() && !clock.instant().isBefore(c.expiresAt().get())) {
      return "Expired";
    }
    if (c.usageLimit().isPresent() && c.usedCount() >= c.usageLimit().getAsInt()) {
      return "Used up";
    }
    return "Active";
  }

  public List<Coupon> getRows() {
    if (rows == null) {
      rows = coupons.list();
    }
    return rows;
  }

  /** What a coupon takes off, as the merchant set it: {@code 10 %} or {@code $5.00}. */
  public String value(Coupon coupon) {
    return coupon.kind() == CouponKind.PERCENT
        ? BigDecimal.valueOf(coupon.percentPpm().orElse(0), 4).stripTrailingZeros().toPlainString()
            + " %"
        : coupon
            .amount()
            .map(a -> a.toPlainString() + " " + a.currency().getCurrencyCode())
            .orElse("");
  }

  public void create() {
    if (!admin.allowOwnerAction("make coupons")) {
      return;
    }
    List<String> problems = new ArrayList<>();
    CouponKind chosen = "AMOUNT".equals(kind) ? CouponKind.AMOUNT : CouponKind.PERCENT;
    int percentPpm = 0;
    Optional<Money> amount = Optional.empty();
    if (chosen == CouponKind.PERCENT) {
      percentPpm = percent(value, problems);
    } else {
      amount = money(value, "The amount off", problems);
    }
    Money min =
        minimum == null || minimum.isBlank()
            ? Money.zero(admin.getStore().currency())
            : money(minimum, "The minimum subtotal", problems)
                .orElse(Money.zero(admin.getStore().currency()));
    Optional<java.time.Instant> expiry = expiry(problems);
    InputChecks checks = new InputChecks();
    Integer uses = limit == null || limit.isBlank() ? null : usageLimit(limit, checks);
    problems.addAll(checks.problems());
    if (!problems.isEmpty()) {
      AdminMessages.refused(problems);
      return;
    }
    Coupon made =
        coupons.create(
            new CouponTerms(
                code,
                chosen,
                percentPpm,
                amount,
                min,
                expiry,
                uses == null ? OptionalInt.empty() : OptionalInt.of(uses)));
    AdminMessages.info("Coupon " + made.code() + " created.");
    AdminParameters.redirect(admin, "/coupons");
  }

  public void end() {
    if (!admin.allowOwnerAction("end coupons")) {
      return;
    }
    InputChecks checks = new InputChecks();
    var id = checks.optionalId(endId, "The coupon");
    if (!checks.ok() || id.isEmpty()) {
      AdminMessages.refused(checks.ok() ? List.of("Choose a coupon.") : checks.problems());
      return;
    }
    coupons.deactivate(id.get());
    AdminMessages.info("The coupon was ended.");
    AdminParameters.redirect(admin, "/coupons");
  }

  private static int percent(String text, List<String> problems) {
    try {
      BigDecimal p = new BigDecimal(text == null ? "" : text.strip());
      if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 4) {
        throw new NumberFormatException();
      }
      return p.movePointRight(4).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add("A percentage off is a number above 0 and at most 100, such as 10 or 12.5.");
      return 0;
    }
  }

  private Optional<Money> money(String text, String what, List<String> problems) {
    try {
      return Optional.of(Money.parse(text, admin.getStore().currency()));
    } catch (MoneyException e) {
      problems.add(what + " is an amount such as 5.00.");
      return Optional.empty();
    }
  }

  private Optional<java.time.Instant> expiry(List<String> problems) {
    if (expires == null || expires.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDate last = LocalDate.parse(expires.strip());
      if (last.getYear() > 9998) {
        problems.add("An expiry date is before the year 9999.");
        return Optional.empty();
      }
      java.time.Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (!end.isAfter(clock.instant())) {
        problems.add("An expiry date is today or later (a coupon that has expired sells nothing).");
        return Optional.empty();
      }
      return Optional.of(end);
    } catch (DateTimeParseException e) {
      problems.add(
          expires.strip().matches("\\d{4}-\\d{2}-\\d{2}")
              ? "There is no such date as " + expires.strip() + "."
              : "An expiry date is written 2027-01-31.");
      return Optional.empty();
    }
  }

  /** A usage limit: one message for every number it cannot be (1 to 1,000,000, whole). */
  private static Integer usageLimit(String text, InputChecks checks) {
    String v = text.strip();
    if (v.matches("\\d{1,7}")) {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= 1_000_000) {
        return n;
      }
    }
    checks.problem("A usage limit is a whole number from 1 to 1000000.");
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getMinimum() {
    return minimum;
  }

  public void setMinimum(String minimum) {
    this.minimum = minimum;
  }

  public String getExpires() {
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }

  public String getLimit() {
    return limit;
  }

  public void setLimit(String limit) {
    this.limit = limit;
  }

  public String getEndId() {
    return endId;
  }

  public void setEndId(String endId) {
    this.endId = endId;
  }
}
