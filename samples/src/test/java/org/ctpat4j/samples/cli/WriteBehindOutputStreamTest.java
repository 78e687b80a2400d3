package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteBehindOutputStreamTest {

  /** A target that records the threads that wrote to it and can be told to fail on its nth write. */
  private static final class Target extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final List<String> writers = new ArrayList<>();
    final AtomicInteger writes = new AtomicInteger();
    final int failOnWrite;
    final IOException failure = new IOException("No space left on device");
    boolean closed;
    boolean flushed;

    Target(int failOnWrite) {
      this.failOnWrite = failOnWrite;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      if (writes.incrementAndGet() == failOnWrite) {
        throw failure;
      }
      writers.add(Thread.currentThread().getName());
      bytes.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
      flushed = true;
    }

    @Override
    public synchronized void close() {
      closed = true;
    }
  }

  @Test
  void bytesArriveInTheOrderWrittenWhateverTheBufferSizeAndTheMixOfCalls() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int bufferBytes = 1 + random.nextInt(random.nextBoolean() ? 8 : 600);
      Target target = new Target(0);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (WriteBehindOutputStream out = new WriteBehindOutputStream(target, bufferBytes)) {
        int calls = random.nextInt(60);
        for (int i = 0; i < calls; i++) {
          if (random.nextInt(4) == 0) {
            int b = random.nextInt(256);
            out.write(b);
            expected.write(b);
          } else {
            byte[] chunk = new byte[random.nextInt(3 * bufferBytes + 2)];
            random.nextBytes(chunk);
            int off = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
            int len = random.nextInt(chunk.length - off + 1);
            out.write(chunk, off, len);
            expected.write(chunk, off, len);
          }
          if (random.nextInt(20) == 0) {
            out.flush();
            assertThat(target.bytes.toByteArray()).as("seed %d, round %d: flushed", seed, round)
                .isEqualTo(expected.toByteArray());
          }
        }
      }
      assertThat(target.bytes.toByteArray()).as("seed %d, round %d", seed, round).isEqualTo(expected.toByteArray());
      assertThat(target.closed).as("seed %d, round %d: target closed", seed, round).isTrue();
    }
  }

  @Test
  void fullBuffersAreWrittenByAThreadOfTheirOwnAndTheRestByTheCaller() throws IOException {
    Target target = new Target(0);
    try (WriteBehindOutputStream out = new WriteBehindOutputStream(target, 4)) {
      out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    }
    assertThat(target.bytes.toByteArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(target.writers).containsExactly(
        "ctpat4j-write-behind", "ctpat4j-write-behind", Thread.currentThread().getName());
  }

  @Test
  void outputThatFitsOneBufferIsWrittenByTheCallerAlone() throws IOException {
    Target target = new Target(0);
    try (WriteBehindOutputStream out = new WriteBehindOutputStream(target, 16)) {
      out.write(new byte[] {1, 2, 3});
      out.flush();
      assertThat(target.flushed).isTrue();
    }
    assertThat(target.writers).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aFailureOfTheTargetIsThrownByTheNextCallAndEveryCallAfter() throws IOException {
    Target target = new Target(1);
    WriteBehindOutputStream out = new WriteBehindOutputStream(target, 4);
    out.write(new byte[] {1, 2, 3, 4}); // fills the buffer
    out.write(5); // hands the first buffer to the writer, which fails
    assertThatThrownBy(() -> out.write(new byte[8])).isSameAs(target.failure);
    assertThatThrownBy(() -> out.write(6)).isSameAs(target.failure);
    assertThatThrownBy(out::flush).isSameAs(target.failure);
    assertThatThrownBy(out::close).isSameAs(target.failure);
    assertThat(target.closed).isTrue();
    assertThat(target.bytes.size()).as("nothing after the failure reaches the target").isZero();
  }

  @Test
  void aFailureOfTheLastWriteIsThrownByClose() {
    Target target = new Target(1);
    WriteBehindOutputStream out = new WriteBehindOutputStream(target, 4);
    assertThatThrownBy(
            () -> {
              out.write(new byte[] {1, 2});
              out.close();
            })
        .isSameAs(target.failure);
    assertThat(target.closed).isTrue();
  }

  @Test
  void aFailureToCloseTheTargetIsThrownAfterEverythingWasWritten() {
    IOException closing = new IOException("close failed");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream target =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void close() throws IOException {
            throw closing;
          }
        };
    WriteBehindOutputStream out = new WriteBehindOutputStream(target, 2);
    assertThatThrownBy(
            () -> {
              out.write(new byte[] {1, 2, 3, 4, 5});
              out.close();
            })
        .isSameAs(closing);
    assertThat(bytes.toByteArray()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void closeTwiceIsHarmlessAndWritingAfterCloseFails() throws IOException {
    Target target = new Target(0);
    WriteBehindOutputStream out = new WriteBehindOutputStream(target, 4);
    out.write(1);
    out.close();
    out.close();
    assertThatThrownBy(() -> out.write(2)).isInstanceOf(IOException.class).hasMessage("stream closed");
    assertThat(target.bytes.toByteArray()).containsExactly(1);
  }

  @Test
  void anInterruptDoesNotLoseBytesAndStaysSet() throws IOException {
    Target target = new Target(0);
    AtomicBoolean interruptedAfter = new AtomicBoolean();
    try (WriteBehindOutputStream out = new WriteBehindOutputStream(target, 3)) {
      out.write(new byte[] {1, 2, 3, 4});
      Thread.currentThread().interrupt();
      out.write(new byte[] {5, 6, 7, 8});
      interruptedAfter.set(Thread.interrupted());
    }
    assertThat(interruptedAfter).isTrue();
    assertThat(target.bytes.toByteArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void rejectsABadBufferSizeAndBadBounds() {
    assertThatThrownBy(() -> new WriteBehindOutputStream(new Target(0), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bufferBytes");
    WriteBehindOutputStream out = new WriteBehindOutputStream(new Target(0), 4);
    assertThatThrownBy(() -> out.write(new byte[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
