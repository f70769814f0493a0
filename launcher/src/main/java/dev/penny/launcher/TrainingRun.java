package dev.penny.launcher;

import java.util.HashMap;
import java.util.Map;

/**
 * A start made by the build ({@code mvn package}, see launcher/pom.xml) only to write the
 * class-data archives ({@link ClassDataArchive}) before anybody runs Penny: the whole stack starts
 * on free ports with its own data folder, and stops once it is ready. {@code
 * PENNY_TRAINING_RUN=true} asks for it.
 */
final class TrainingRun {

  private TrainingRun() {}

  static boolean requested(Map<String, String> env) {
    return Boolean.parseBoolean(env.getOrDefault("PENNY_TRAINING_RUN", "false"));
  }

  /** The environment a training run starts with: free ports, embedded database and Keycloak. */
  static Map<String, String> environment(Map<String, String> env) {
    Map<String, String> training = new HashMap<>(env);
    training.put("PENNY_HTTP_PORT", Integer.toString(Ports.anyFree()));
    training.put("PENNY_KEYCLOAK_PORT", Integer.toString(Ports.anyFree()));
    training.remove("PENNY_DB_URL");
    training.remove("PENNY_OIDC_URL");
    return training;
  }
}
