package dev.penny.cart.order;

import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a physical order goes. Every field is checked; the country is an ISO 3166 code. */
@Embeddable
public class ShippingAddress {

  @Column(name = "ship_name", length = 120)
  private String name;

  @Column(name = "ship_line1", length = 200)
  private String line1;

  @Column(name = "ship_city", length = 100)
  private String city;

  @Column(name = "ship_postcode", length = 20)
  private String postcode;

  @Column(name = "ship_country", length = 2)
  private String country;

  protected ShippingAddress() {}

  public ShippingAddress(String name, String line1, String city, String postcode, String country) {
    List<String> problems = new ArrayList<>();
    this.name = text(name, "The name", 120, problems);
    this.line1 = text(line1, "The address", 200, problems);
    this.city = text(city, "The city", 100, problems);
    this.postcode = text(postcode, "The postcode", 20, problems);
    String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}") || !List.of(Locale.getISOCountries()).contains(code)) {
      problems.add("Choose a country.");
    }
    this.country = code;
    if (!problems.isEmpty()) {
      throw new InvalidInputException(ErrorCode.INVALID_ADDRESS, problems);
    }
  }

  /**
   * A line of the address as names and labels are taken everywhere ({@link InputChecks#refusal}):
   * it shows something (not only spaces or invisible characters such as U+200B), has no control
   * character, and no direction override, which would turn the label printed after it around on the
   * receipt and the admin's order page.
   */
  private static String text(String value, String field, int max, List<String> problems) {
    Optional<String> refused = InputChecks.refusal(value, field, max);
    if (refused.isEmpty() && value.strip().chars().anyMatch(c -> c == '\n' || c == '\r')) {
      // One line each: a line break would add a line of its own to a shipping label.
      refused = Optional.of(field + " is one line.");
    }
    refused.ifPresent(problems::add);
    return value == null ? "" : value.strip();
  }

  public String name() {
    return name;
  }

  public String line1() {
    return line1;
  }

  public String city() {
    return city;
  }

  public String postcode() {
    return postcode;
  }

  public String country() {
    return country;
  }
}
