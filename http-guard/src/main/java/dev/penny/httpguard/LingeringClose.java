package dev.penny.httpguard;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;

/**
 * Ends the connection of a request the guard answered. A request without a body ends it at once;
 * one whose body may still be on its way (a PUT to a page, say) is given a moment: the codec reads
 * the rest of the body and drops it ({@code skipRemainder}) while the client finishes sending and
 * reads the answer. Closed at once, the client's last writes would meet a reset and many clients
 * would report a broken pipe instead of the answer.
 */
final class LingeringClose {

  static final long LINGER_MILLIS = 2_000;

  private static final ScheduledExecutorService CLOSER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "penny-guard-close");
            thread.setDaemon(true);
            return thread;
          });

  private LingeringClose() {}

  /**
   * @param answered the part of the request read when it was answered: its head, and the body's
   *     first bytes if they came with it
   */
  static void after(Connection<?> connection, HttpContent answered) {
    HttpHeader head = answered.getHttpHeader();
    boolean noBody = head.getContentLength() <= 0 && !head.isChunked();
    if (answered.isLast() || noBody) {
      connection.closeSilently();
      return;
    }
    // The rest: RequestGuardFilter closes the connection when the body's last part is read; this
    // is for a client that stops sending before it.
    CLOSER.schedule(connection::closeSilently, LINGER_MILLIS, TimeUnit.MILLISECONDS);
  }
}
