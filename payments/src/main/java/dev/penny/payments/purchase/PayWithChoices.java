package dev.penny.payments.purchase;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** How each shopper pays one-click purchases: chosen once, changed any time. */
@ApplicationScoped
public class PayWithChoices {

  @Resource(lookup = "java:app/jdbc/penny")
  DataSource dataSource;

  public Optional<Funding> choice(String shopper) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT funding FROM pay_with_choice WHERE shopper = ?")) {
      select.setString(1, shopper);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(Funding.valueOf(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the shopper's choice", e);
    }
  }

  public void choose(String shopper, Funding funding) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO pay_with_choice (shopper, funding) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE funding = VALUES(funding)")) {
      upsert.setString(1, shopper);
      upsert.setString(2, funding.name());
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not keep the shopper's choice", e);
    }
  }
}
