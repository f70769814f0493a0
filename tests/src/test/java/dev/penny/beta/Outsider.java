package dev.penny.beta;

import dev.penny.alpha.internal.Secret;

/** Fixture for the architecture test: module "beta" using alpha's internal class. */
public class Outsider {
  public int peek() {
    return Secret.value();
  }
}
