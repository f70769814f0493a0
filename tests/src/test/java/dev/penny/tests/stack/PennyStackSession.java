package dev.penny.tests.stack;

import java.io.IOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the stack once when the test run begins and stops it when the run ends, so that the whole
 * suite pays for one database, one Payara boot and one set of demo stores. The unit tests of this
 * module (the architecture rules) run without it: Surefire sets {@code penny.stack=none}.
 */
public class PennyStackSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (noStack()) {
      return;
    }
    try {
      PennyStack.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the Penny stack", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the Penny stack", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (!noStack()) {
      PennyStack.stop();
    }
  }

  private static boolean noStack() {
    return "none".equals(System.getProperty("penny.stack"));
  }
}
