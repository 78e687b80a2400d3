package org.ctpat4j.bench.e2e;

import java.io.OutputStream;

/** Counts the bytes written and drops them: where a benchmark streams a report it does not keep. */
final class CountingStream extends OutputStream {

  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /**
   * Returns the number of bytes written so far.
   *
   * @return the count
   */
  long count() {
    return count;
  }
}
