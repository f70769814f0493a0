package dev.penny.platform.identity;

/** What a member may do in a store's admin: owners everything, staff the day-to-day work. */
public enum StoreRole {
  OWNER,
  STAFF;

  public boolean canChangeSettings() {
    return this == OWNER;
  }
}
