package dev.penny.platform.time;

import dev.penny.platform.cluster.ClusterWide;

/** The sandbox clock is now {@code aheadMillis} ahead of the real time, on every server. */
public record SandboxClockMoved(long aheadMillis) implements ClusterWide {}
