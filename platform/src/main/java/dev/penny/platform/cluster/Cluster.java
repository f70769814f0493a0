package dev.penny.platform.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This server's place in the Payara cluster. Scheduled work asks {@link #leads()} before each
 * round, so that one server does it (the cluster's oldest member; when it goes, the next oldest
 * takes over). A {@link ClusterWide} event fired here is published, after its transaction commits,
 * on the cluster's topic, and every other server fires it again locally as {@link
 * FromAnotherServer}. Without Hazelcast (clustering off, or a server that could not start it) this
 * server is a cluster of one: it leads, and its events stay here.
 *
 * <p>The database, not the cluster, stays the last line for money: two servers that both think they
 * lead (a split cluster) still charge each tab once (the tab cycle's unique charge key).
 */
@ApplicationScoped
public class Cluster {

  static final String EVENTS_TOPIC = "penny.cluster-wide-events";
  static final String SEEN_MAP = "penny.seen-once";
  private static final String PAYARA_HAZELCAST = "payara/Hazelcast";
  private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

  private final Event<ClusterWide> events;
  private final ClusterWireFormat wire = new ClusterWireFormat(Cluster.class.getClassLoader());
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private final Map<String, Long> seenHere = new ConcurrentHashMap<>();
  private volatile HazelcastInstance hazelcast;
  private volatile ITopic<byte[]> topic;
  private volatile UUID listener;

  /**
   * Where events from other servers are fired: one thread of the application's own (a managed
   * thread sees its resources; Hazelcast's threads do not, and a bean first made there would lack
   * them), so they are also observed in the order they came.
   */
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private volatile ExecutorService deliveries;

  /**
   * @param events with {@code @Any}: an event fired through it carries only the qualifiers given at
   *     the firing ({@code @FromAnotherServer}), never {@code @Default}, so an event from another
   *     server is not published again (it would go back and forth for ever)
   */
  @Inject
  public Cluster(@Any Event<ClusterWide> events) {
    this.events = events;
  }

  /** For CDI's proxy only. */
  protected Cluster() {
    this.events = null;
  }

  void join(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<HazelcastInstance> found = payaraHazelcast();
    if (found.isEmpty()) {
      LOG.info("Penny cluster: off; this server works alone");
      return;
    }
    hazelcast = found.get();
    deliveries = Executors.newSingleThreadExecutor(threads);
    ITopic<byte[]> events = hazelcast.getTopic(EVENTS_TOPIC);
    listener = events.addMessageListener(this::receive);
    topic = events;
    LOG.info(
        () ->
            "Penny cluster: "
                + size()
                + " server(s) in cluster "
                + hazelcast.getConfig().getClusterName()
                + (leads() ? "; this one leads the scheduled work" : ""));
    int given = membersGiven(hazelcast);
    if (given > 1 && size() < 2) {
      LOG.warning(
          "Penny cluster: this server could not join the other servers it was given ("
              + given
              + " members listed); it works alone, and /health/ready says \"alone\": true,"
              + " until they meet");
    }
  }

  /** How many members the TCP/IP join lists (0 when another discovery, e.g. DNS, is used). */
  private static int membersGiven(HazelcastInstance instance) {
    try {
      var tcpIp = instance.getConfig().getNetworkConfig().getJoin().getTcpIpConfig();
      return tcpIp.isEnabled() ? tcpIp.getMembers().size() : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @PreDestroy
  void leave() {
    ITopic<byte[]> events = topic;
    UUID registration = listener;
    topic = null;
    if (deliveries != null) {
      deliveries.shutdown();
    }
    if (events != null && registration != null) {
      try {
        events.removeMessageListener(registration);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "The cluster was gone before this server left it", e);
      }
    }
  }

  /**
   * Whether this server does the cluster's scheduled work now: it is the oldest member, or alone.
   */
  public boolean leads() {
    HazelcastInstance instance = hazelcast;
    if (instance == null) {
      return true;
    }
    try {
      Iterator<Member> oldestFirst = instance.getCluster().getMembers().iterator();
      return !oldestFirst.hasNext() || oldestFirst.next().localMember();
    } catch (RuntimeException e) {
      // The instance is shutting down: the others lead.
      return false;
    }
  }

  /** How many servers the cluster has now (1 when clustering is off). */
  public int size() {
    HazelcastInstance instance = hazelcast;
    if (instance == null) {
      return 1;
    }
    try {
      return instance.getCluster().getMembers().size();
    } catch (RuntimeException e) {
      return 1;
    }
  }

  /** Whether this server is part of a Payara cluster (it may still be its only member). */
  public boolean clustered() {
    return hazelcast != null;
  }

  /**
   * Whether {@code key} is offered here for the first time within {@code window}, on any server of
   * the cluster (a replay check): the cluster's shared map keeps it, or this server's memory when
   * it works alone.
   */
  public boolean firstTime(String key, Duration window) {
    HazelcastInstance instance = hazelcast;
    if (instance != null) {
      try {
        IMap<String, Boolean> seen = instance.getMap(SEEN_MAP);
        return seen.putIfAbsent(key, Boolean.TRUE, window.toMillis(), TimeUnit.MILLISECONDS)
            == null;
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "The cluster's map of seen keys is unavailable; this server checks", e);
      }
    }
    long now = System.nanoTime();
    seenHere.values().removeIf(expires -> expires - now < 0);
    return seenHere.putIfAbsent(key, now + window.toNanos()) == null;
  }

  /**
   * Whether {@code key} was offered to {@link #firstTime} within its window, on any server of the
   * cluster; it is not recorded by asking.
   */
  public boolean seen(String key) {
    HazelcastInstance instance = hazelcast;
    if (instance != null) {
      try {
        IMap<String, Boolean> seen = instance.getMap(SEEN_MAP);
        return seen.containsKey(key);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "The cluster's map of seen keys is unavailable; this server checks", e);
      }
    }
    Long expires = seenHere.get(key);
    return expires != null && expires - System.nanoTime() > 0;
  }

  /** Cluster-wide events this server published, and received from others. */
  public long eventsSent() {
    return sent.get();
  }

  public long eventsReceived() {
    return received.get();
  }

  void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ClusterWide event) {
    ITopic<byte[]> events = topic;
    if (events == null) {
      return;
    }
    try {
      events.publish(wire.write(event));
      sent.incrementAndGet();
    } catch (RuntimeException e) {
      // The change is committed; the other servers' caches catch up when their entries expire.
      LOG.log(Level.WARNING, "Could not tell the cluster about " + event, e);
    }
  }

  private void receive(Message<byte[]> message) {
    if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
      return;
    }
    ClusterWide event;
    try {
      event = wire.read(message.getMessageObject());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A cluster-wide event from another server was unreadable", e);
      return;
    }
    received.incrementAndGet();
    try {
      deliveries.execute(
          () -> {
            try {
              events.select(FromAnotherServer.Literal.INSTANCE).fire(event);
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING, "A cluster-wide event from another server failed: " + event, e);
            }
          });
    } catch (RejectedExecutionException stopping) {
      // This server is stopping.
    }
  }

  private static Optional<HazelcastInstance> payaraHazelcast() {
    try {
      Object found = InitialContext.doLookup(PAYARA_HAZELCAST);
      if (found instanceof HazelcastInstance instance
          && instance.getLifecycleService().isRunning()) {
        return Optional.of(instance);
      }
      return Optional.empty();
    } catch (NamingException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
