package dev.penny.platform.catalog;

/**
 * Where a keyset page starts: at the beginning, after an id or before one. A page costs the same
 * whatever its depth, because it is found through an index from its edge, never by skipping rows.
 */
public record PageCursor(Direction direction, long id) {

  public enum Direction {
    FIRST,
    AFTER,
    BEFORE
  }

  public PageCursor {
    if (direction != Direction.FIRST && id <= 0) {
      throw new IllegalArgumentException("A cursor id is positive");
    }
  }

  public static PageCursor first() {
    return new PageCursor(Direction.FIRST, 0);
  }

  public static PageCursor after(long id) {
    return new PageCursor(Direction.AFTER, id);
  }

  public static PageCursor before(long id) {
    return new PageCursor(Direction.BEFORE, id);
  }

  public boolean isFirst() {
    return direction == Direction.FIRST;
  }
}
