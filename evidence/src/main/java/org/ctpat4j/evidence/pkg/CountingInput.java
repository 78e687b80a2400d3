package org.ctpat4j.evidence.pkg;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read (or skipped) from a stream, telling a meter after each step (which may throw to stop). */
final class CountingInput extends FilterInputStream {
  private final PackageFile.Meter meter;
  private long count;

  CountingInput(InputStream in, PackageFile.Meter meter) {
    super(in);
    this.meter = meter;
  }

  long count() {
    return count;
  }

  private void counted(long n) {
    if (n > 0) {
      count += n;
      meter.read(count);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    counted(b >= 0 ? 1 : 0);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    counted(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long k = super.skip(n);
    counted(k);
    return k;
  }
}
