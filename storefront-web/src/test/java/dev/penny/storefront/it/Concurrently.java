package dev.penny.storefront.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Starts several pieces of work at the same instant on the server's managed threads. */
@ApplicationScoped
public class Concurrently {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** Each result, or the exception the work ended with. */
  public List<Object> run(List<Supplier<?>> work) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (Supplier<?> w : work) {
      futures.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  return (Object) w.get();
                } catch (RuntimeException e) {
                  return e;
                }
              }));
    }
    start.countDown();
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        results.add(e.getCause());
      }
    }
    return results;
  }
}
