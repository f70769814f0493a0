package dev.penny.platform.cluster;

import java.io.Serializable;

/**
 * A CDI event every server of the cluster observes: fired on one server, it is observed there at
 * once and, once the transaction that fired it has committed, on every other server too (with the
 * qualifier {@link FromAnotherServer}). Such events are small records of what changed (a store id,
 * a user id), never the changed data: each server reads that afresh.
 */
public interface ClusterWide extends Serializable {}
