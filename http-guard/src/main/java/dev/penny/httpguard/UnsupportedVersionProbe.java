package dev.penny.httpguard;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Grizzly's codec answers a request line with an unknown HTTP version ({@code HTTP/9.9}) with 505,
 * a server error, although the fault is the client's. The codec tells its probes of the error just
 * before it writes that answer; this probe turns it into a 400 (the body stays empty: the codec
 * writes it).
 */
final class UnsupportedVersionProbe extends HttpProbe.Adapter {

  @Override
  public void onErrorEvent(Connection connection, HttpPacket packet, Throwable error) {
    if (packet instanceof HttpRequestPacket request
        && request.getResponse() != null
        && request.getResponse().getStatus() == 505) {
      HttpStatus.BAD_REQUEST_400.setValues(request.getResponse());
    }
  }
}
