// The containers' health check, run as a single-file program by the JDK in the image (no curl
// needed): exits 0 when the address answers 200, 1 otherwise.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class Health {
  public static void main(String[] args) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(4)).build();
    try {
      int status =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      System.exit(status == 200 ? 0 : 1);
    } catch (java.io.IOException e) {
      System.exit(1);
    }
  }
}
