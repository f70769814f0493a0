package dev.penny.platform.tenancy;

import dev.penny.platform.cluster.ClusterWide;

/**
 * A store's slug now means something else (opened, renamed, suspended): every server forgets it.
 */
public record DirectoryEntryChanged(String slug) implements ClusterWide {}
