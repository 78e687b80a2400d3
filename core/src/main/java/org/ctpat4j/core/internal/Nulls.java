package org.ctpat4j.core.internal;

/**
 * The model's null checks, and the one place where they can be suspended.
 *
 * <p>The records of the model reject {@code null} where it is not a legal value, naming the component. Two callers must
 * nevertheless build records from incomplete input so that they can report every missing value with its location
 * instead of failing on the first: the JSON reader (Jackson binds the records through their canonical constructors,
 * and a missing field arrives as {@code null}) and the dossier builder (which checks what it was given before it
 * hands out records). They do so inside {@link #lenient()}, run the dossier checks on the result and only hand out a
 * dossier that has passed them (the builder builds it again outside the scope, so that the records' own checks run
 * too). A record built leniently never leaves the library with a {@code null} the checks would have refused.
 *
 * <p>The scope is per thread and nests; it is closed by try-with-resources.
 */
public final class Nulls {

  private static final ThreadLocal<int[]> DEPTH = new ThreadLocal<>();

  private Nulls() {}

  /**
   * Suspends the null checks on this thread until the returned scope is closed.
   *
   * @return the scope to close; never null
   */
  public static Scope lenient() {
    int[] depth = DEPTH.get();
    if (depth == null) {
      depth = new int[1];
      DEPTH.set(depth);
    }
    depth[0]++;
    return new Scope(depth);
  }

  /**
   * Returns whether the null checks are suspended on this thread.
   *
   * @return {@code true} inside {@link #lenient()}
   */
  public static boolean isLenient() {
    int[] depth = DEPTH.get();
    return depth != null && depth[0] > 0;
  }

  /**
   * Rejects {@code null} outside a lenient scope.
   *
   * @param value the value
   * @param component the record component's name, the message of the exception
   * @param <T> the type
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null outside a lenient scope
   */
  public static <T> T require(T value, String component) {
    if (value == null && !isLenient()) {
      throw new NullPointerException(component);
    }
    return value;
  }

  /** A lenient scope; closing it restores the checks (of the enclosing scope, if any). */
  public static final class Scope implements AutoCloseable {

    private final int[] depth;
    private boolean closed;

    private Scope(int[] depth) {
      this.depth = depth;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (--depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }
}
