/**
 * Several Penny servers as one: the Payara cluster's members (Hazelcast inside Payara, reached at
 * JNDI {@code payara/Hazelcast}), which one of them does the scheduled work, and the changes every
 * server's caches must hear of. With clustering off, the one server is the whole cluster.
 */
package dev.penny.platform.cluster;
