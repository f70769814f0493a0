package dev.penny.beta;

/** Fixture for the architecture test: a class that looks the JSON-P provider up on every call. */
public class JsonPerCall {
  public String empty() {
    return jakarta.json.Json.createObjectBuilder().build().toString();
  }
}
