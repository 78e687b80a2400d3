package org.ctpat4j.core.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The bytes of a document held in memory once, in blocks of 1 MiB (no contiguous copy, no doubling while it grows),
 * so that the reader can make more than one pass over a stream. Each pass decodes UTF-8 as it goes; a malformed
 * sequence stops the pass, and {@link #firstMalformed()} then finds where it is. Immutable once read; a pass is not
 * thread-safe, but passes may run in any number.
 */
public final class DocumentBytes {

  private static final int BLOCK = 1 << 20;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<byte[]> blocks;
  private final long size;
  private final int start;

  private DocumentBytes(List<byte[]> blocks, long size) {
    this.blocks = blocks;
    this.size = size;
    this.start = size >= 3 && blocks.get(0)[0] == BOM[0] && blocks.get(0)[1] == BOM[1] && blocks.get(0)[2] == BOM[2]
        ? 3 : 0;
  }

  /**
   * Reads a stream to its end, or up to one byte past {@code max}.
   *
   * @param in the stream, not closed; never null
   * @param max the largest size accepted
   * @return the bytes, or {@code null} when the stream holds more than {@code max} bytes
   * @throws IOException if the stream cannot be read
   */
  public static DocumentBytes readAtMost(InputStream in, long max) throws IOException {
    List<byte[]> blocks = new ArrayList<>();
    long total = 0;
    while (true) {
      byte[] block = new byte[BLOCK];
      int filled = in.readNBytes(block, 0, BLOCK);
      total += filled;
      if (total > max) {
        return null;
      }
      if (filled < BLOCK) {
        if (filled > 0 || blocks.isEmpty()) {
          blocks.add(Arrays.copyOf(block, filled));
        }
        return new DocumentBytes(blocks, total);
      }
      blocks.add(block);
    }
  }

  /**
   * Returns the number of bytes.
   *
   * @return the size, with a byte order mark if there is one
   */
  public long size() {
    return size;
  }

  /**
   * Opens a new pass over the text: UTF-8 decoded strictly (malformed input is an {@link IOException}, a {@link
   * java.nio.charset.CharacterCodingException}), after a leading byte order mark.
   *
   * @return a reader of the text; never null
   */
  public Reader open() {
    return strictReader(new BlockStream());
  }

  /**
   * Finds the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
   * nothing above U+10FFFF) and says where it is, in lines and columns as the JSON parser counts them (a column counts
   * UTF-16 characters; {@code \r\n}, {@code \r} and {@code \n} end a line).
   *
   * @return {@code {line, column, byteOffset, byteValue}} of the first bad sequence's first byte, or {@code null} when
   *     the document is well-formed
   */
  public long[] firstMalformed() {
    try {
      return firstMalformed(new BlockStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the bytes are in memory
    }
  }

  /**
   * Finds the first byte of a stream that is not part of a well-formed UTF-8 sequence, as {@link #firstMalformed()}
   * does; the stream starts after any byte order mark and is read to its end or to the bad byte, not closed.
   *
   * @param in the stream; never null
   * @return {@code {line, column, byteOffset, byteValue}}, or {@code null} when the stream is well-formed
   * @throws IOException if the stream cannot be read
   */
  public static long[] firstMalformed(InputStream in) throws IOException {
    long line = 1;
    long column = 1;
    boolean afterCr = false;
    int need = 0;
    int lo = 0x80;
    int hi = 0xBF;
    int units = 1;
    long leadOffset = 0;
    int leadByte = 0;
    long offset = 0;
    byte[] block = new byte[1 << 16];
    int n;
    while ((n = in.read(block)) != -1) {
      for (int i = 0; i < n; i++) {
        int b = block[i] & 0xFF;
        if (need > 0) {
          if (b < lo || b > hi) {
            return new long[] {line, column, leadOffset, leadByte};
          }
          lo = 0x80;
          hi = 0xBF;
          if (--need == 0) {
            column += units;
          }
          continue;
        }
        if (b < 0x80) {
          if (b == '\n') {
            if (!afterCr) {
              line++;
            }
            column = 1;
          } else if (b == '\r') {
            line++;
            column = 1;
          } else {
            column++;
          }
          afterCr = b == '\r';
          continue;
        }
        afterCr = false;
        leadOffset = offset + i;
        leadByte = b;
        units = 1;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          lo = b == 0xE0 ? 0xA0 : 0x80;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          units = 2;
          lo = b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return new long[] {line, column, leadOffset, leadByte};
        }
      }
      offset += n;
    }
    return need > 0 ? new long[] {line, column, leadOffset, leadByte} : null;
  }

  /**
   * Returns a stream without its leading UTF-8 byte order mark, if it has one.
   *
   * @param in the stream; never null
   * @return a stream of the rest; never null
   * @throws IOException if the stream cannot be read
   */
  public static InputStream withoutBom(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 3);
    byte[] head = p.readNBytes(3);
    if (head.length < 3 || head[0] != BOM[0] || head[1] != BOM[1] || head[2] != BOM[2]) {
      p.unread(head);
    }
    return p;
  }

  /**
   * Opens a strict UTF-8 reader of a stream: malformed input is an {@link IOException}, a {@link
   * java.nio.charset.CharacterCodingException}.
   *
   * @param in the stream, after any byte order mark; never null
   * @return the reader; never null
   */
  public static Reader strictReader(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Describes {@link #firstMalformed()} for a problem message.
   *
   * @param where the result of {@link #firstMalformed()}; never null
   * @return for example {@code "the document is not valid UTF-8: byte 0xC3 at offset 120 starts no valid sequence"}
   */
  public static String describeMalformed(long[] where) {
    return String.format(
        Locale.ROOT,
        "the document is not valid UTF-8: byte 0x%02X at byte offset %d does not start a well-formed sequence",
        where[3],
        where[2]);
  }

  /**
   * Wraps a stream so that each read tells a listener the number of bytes read so far.
   *
   * @param in the stream; never null
   * @param listener told the running total; never null
   * @return the wrapped stream; never null
   */
  public static InputStream counting(InputStream in, LongConsumer listener) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          listener.accept(++count);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count += n;
          listener.accept(count);
        }
        return n;
      }
    };
  }

  /** The bytes after the byte order mark, as a stream. */
  private final class BlockStream extends InputStream {
    private int block;
    private int pos = start;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (block < blocks.size()) {
        byte[] current = blocks.get(block);
        int left = current.length - pos;
        if (left > 0) {
          int n = Math.min(left, len);
          System.arraycopy(current, pos, b, off, n);
          pos += n;
          return n;
        }
        block++;
        pos = 0;
      }
      return len == 0 ? 0 : -1;
    }
  }
}
