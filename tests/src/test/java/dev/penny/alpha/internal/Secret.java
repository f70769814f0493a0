package dev.penny.alpha.internal;

/** Fixture for the architecture test: an internal class of a module "alpha". */
public class Secret {
  public static int value() {
    return 1;
  }
}
