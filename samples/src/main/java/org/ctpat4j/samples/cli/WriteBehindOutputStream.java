package org.ctpat4j.samples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A buffered stream that hands each full buffer to a thread of its own to write, while the caller fills the next one:
 * a report of a million facilities is about a gigabyte of JSON, and the system calls that copy it into the file take
 * about a second that the rendering thread would otherwise wait for. Two buffers of {@link #BUFFER_BYTES}, at most one
 * write in flight; the bytes reach the target in the order written. Output that fits in one buffer is written by the
 * caller's thread when the stream is flushed or closed, and no thread is started.
 *
 * <p>A failure of the target (a full disk) is thrown, as it was thrown, by the next call on this stream after it
 * happened, and by every call after that: nothing written after a failure reaches the target. {@link #close} waits for
 * the write in flight, writes what is left, closes the target and stops the thread, whatever fails on the way. Not
 * thread-safe: one thread writes.
 */
final class WriteBehindOutputStream extends OutputStream {

  /** The size of each of the two buffers: 1 MB. */
  static final int BUFFER_BYTES = 1 << 20;

  private final OutputStream target;
  private final int bufferBytes;
  private byte[] buffer;
  private byte[] spare;
  private int count;
  private ExecutorService writer;
  private Future<?> inFlight;
  private IOException failure;
  private boolean closed;

  /**
   * Creates a stream with buffers of {@link #BUFFER_BYTES}.
   *
   * @param target the stream the bytes go to; closed with this one
   */
  WriteBehindOutputStream(OutputStream target) {
    this(target, BUFFER_BYTES);
  }

  /**
   * Creates a stream with buffers of a given size (tests use small ones).
   *
   * @param target the stream the bytes go to; closed with this one
   * @param bufferBytes the size of each buffer, at least 1
   */
  WriteBehindOutputStream(OutputStream target, int bufferBytes) {
    if (bufferBytes < 1) {
      throw new IllegalArgumentException("bufferBytes must be at least 1: " + bufferBytes);
    }
    this.target = Objects.requireNonNull(target, "target");
    this.bufferBytes = bufferBytes;
    this.buffer = new byte[bufferBytes];
  }

  @Override
  public void write(int b) throws IOException {
    ensureOpen();
    if (count == buffer.length) {
      handOff();
    }
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    ensureOpen();
    while (len > 0) {
      if (count == buffer.length) {
        handOff();
      }
      int n = Math.min(len, buffer.length - count);
      System.arraycopy(b, off, buffer, count, n);
      count += n;
      off += n;
      len -= n;
    }
  }

  /** Writes everything written so far to the target, waiting for the write in flight, and flushes it. */
  @Override
  public void flush() throws IOException {
    ensureOpen();
    drain();
    target.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (failure == null) {
        drain();
      } else {
        awaitInFlight();
      }
    } catch (IOException e) {
      failure = e;
    } finally {
      closed = true;
      if (writer != null) {
        writer.shutdown();
      }
      try {
        target.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else if (failure != e) {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Waits for the write in flight, then writes the current buffer on this thread. */
  private void drain() throws IOException {
    awaitInFlight();
    if (count > 0) {
      try {
        target.write(buffer, 0, count);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      count = 0;
    }
  }

  /** Waits for the write in flight to end, then starts writing the full buffer and takes the other one. */
  private void handOff() throws IOException {
    awaitInFlight();
    byte[] full = buffer;
    int n = count;
    if (writer == null) {
      writer =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "ctpat4j-write-behind");
                t.setDaemon(true);
                return t;
              });
    }
    inFlight =
        writer.submit(
            () -> {
              try {
                target.write(full, 0, n);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    buffer = spare != null ? spare : new byte[bufferBytes];
    spare = full;
    count = 0;
  }

  private void awaitInFlight() throws IOException {
    if (inFlight == null) {
      return;
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          inFlight.get();
          return;
        } catch (InterruptedException e) {
          // the bytes in flight must land before the buffer they come from is filled again
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failure =
              cause instanceof UncheckedIOException u
                  ? u.getCause()
                  : new IOException("cannot write: " + cause, cause);
          throw failure;
        }
      }
    } finally {
      inFlight = null;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
