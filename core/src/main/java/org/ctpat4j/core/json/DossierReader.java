package org.ctpat4j.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.DossierFormatException;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.internal.DossierChecks;
import org.ctpat4j.core.dossier.internal.Texts;
import org.ctpat4j.core.internal.Nulls;
import org.ctpat4j.core.internal.Tasks;
import org.ctpat4j.core.json.internal.CollectingProblemHandler;
import org.ctpat4j.core.json.internal.DocumentBytes;
import org.ctpat4j.core.json.internal.LocationIndex;
import org.ctpat4j.core.json.internal.Shapes;
import org.ctpat4j.core.json.internal.StrictScalars;
import org.ctpat4j.core.json.internal.StringPool;

/**
 * Reads {@code ctpat4j-dossier/1} documents and checks them completely: either every check passes and a dossier is
 * returned, or a {@link DossierFormatException} lists every problem found (unknown fields, unknown enum values, wrong
 * types, missing fields, bad codes and identifiers, dates after {@code asOf}, duplicate ids, broken references), each
 * with its JSON Pointer, line and column, in document order. Nothing partial is ever returned.
 *
 * <p>A syntax error (malformed JSON, or bytes that are not UTF-8) stops reading and is reported alone. So is a
 * document that exceeds a limit of the reader: size, nesting depth, string length, field-name length or number
 * length. The limits are set on the reader's own parser factory, never on Jackson's global defaults.
 *
 * <pre>{@code
 * DossierReader reader = DossierReader.strict();                 // the defaults
 * DossierReader custom = DossierReader.newBuilder().lenient(true).maxDocumentBytes(8 << 20).build();
 * Dossier dossier = reader.read(Path.of("dossier.json"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one and reuse it.
 */
public final class DossierReader {

  /** The default maximum size of a document: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** The default maximum nesting depth of objects and arrays: 64 (a valid dossier needs 6). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default maximum length of a string value: 1 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** The default maximum length of a field name: 256 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** The default maximum number of characters of a number: 64. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /**
   * The longest partner name, facility name or facility alias accepted: {@value}
   * characters ({@link Codes#MAX_ENTITY_NAME_LENGTH}, where the reason is given). A longer name is a
   * {@link ProblemCode#LIMIT_EXCEEDED} problem at its path, line and column; the value is not echoed.
   */
  public static final int MAX_ENTITY_NAME_LENGTH = Codes.MAX_ENTITY_NAME_LENGTH;

  /** The default maximum number of problems collected before reading gives up: 1,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  private static final DossierReader STRICT = newBuilder().build();

  private final boolean lenient;
  private final Consumer<? super Problem> warnings;
  private final long maxDocumentBytes;
  private final int maxProblems;
  private final int maxStringLength;
  private final JsonFactory factory;
  private final ObjectReader reader;
  private final Executor executor;

  private DossierReader(Builder b) {
    this.executor = b.executor;
    this.lenient = b.lenient;
    this.warnings = b.warnings;
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxProblems = b.maxProblems;
    this.maxStringLength = b.maxStringLength;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(b.maxDocumentBytes)
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxNameLength(b.maxNameLength)
            .maxNumberLength(b.maxNumberLength)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // the passes that only walk the tokens share one copy of each field name (a million facilities repeat the
            // same few names, and the name a shape looks up keeps its hash) but intern none: Jackson's table of
            // names is bounded (it stops sharing once the table passes 64k slots), the JVM's table of interned
            // strings is not, and millions of distinct keys in unknown fields must not grow it
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    // the first pass has rejected duplicate keys: binding does not look for them again
    JsonFactory bindingFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.reader =
        JsonMapper.builder(bindingFactory)
            .addModule(new CtpatJacksonModule())
            .addModule(StrictScalars.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build()
            .readerFor(Dossier.class);
  }

  /**
   * Returns the strict reader with the default limits: unknown fields are errors.
   *
   * @return a shared reader; never null
   */
  public static DossierReader strict() {
    return STRICT;
  }

  /**
   * Returns a builder for a reader with other settings; it starts from the strict defaults.
   *
   * @return a new builder; never null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns whether this reader ignores unknown fields.
   *
   * @return {@code true} for a lenient reader
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a dossier from a file; problems name the file. A regular file is streamed from disk in each pass of the
   * reader and never held in memory whole (it must not change while it is read); anything else (a pipe, a device) is
   * read as a stream, at most the size limit.
   *
   * @param file the file; never null
   * @return the dossier, which has passed every check; never null
   * @throws DossierFormatException if the document is not a valid dossier
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dossier read(Path file) {
    return read(file, bytes -> {});
  }

  /**
   * Reads a dossier from a file, as {@link #read(Path)} does, telling a listener how far each pass has gone.
   *
   * @param file the file; never null
   * @param progress told the number of bytes the pass under way has read so far (each pass starts again from 0);
   *     never null
   * @return the dossier, which has passed every check; never null
   * @throws DossierFormatException if the document is not a valid dossier
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dossier read(Path file, LongConsumer progress) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(progress, "progress");
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        try (InputStream in = DocumentBytes.counting(Files.newInputStream(file), progress)) {
          return read(in, name);
        }
      }
      if (Files.size(file) > maxDocumentBytes) {
        throw tooLarge(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Supplier<Reader> text = () -> fileText(file, progress);
    MalformedLocator locator = () -> {
      try (InputStream in = DocumentBytes.withoutBom(Files.newInputStream(file))) {
        return DocumentBytes.firstMalformed(in);
      }
    };
    return readText(text, () -> fileText(file, bytes -> { }), locator, name);
  }

  private static Reader fileText(Path file, LongConsumer progress) {
    try {
      return DocumentBytes.strictReader(
          DocumentBytes.withoutBom(DocumentBytes.counting(Files.newInputStream(file), progress)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Finds the first malformed UTF-8 sequence of the document. */
  @FunctionalInterface
  private interface MalformedLocator {
    long[] locate() throws IOException;
  }

  /**
   * Reads a dossier from a UTF-8 stream, which is read to its end (at most the size limit) and not closed.
   *
   * @param in the stream; never null
   * @param sourceName the name used in problem messages (for example a file name); never null
   * @return the dossier, which has passed every check; never null
   * @throws DossierFormatException if the document is not a valid dossier
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Dossier read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    DocumentBytes bytes;
    try {
      bytes = DocumentBytes.readAtMost(in, maxDocumentBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    if (bytes == null) {
      throw tooLarge(sourceName);
    }
    return readText(bytes::open, bytes::open, bytes::firstMalformed, sourceName);
  }

  /**
   * Reads a dossier from a string; problems name the source {@code "input"}.
   *
   * @param json the document; never null
   * @return the dossier, which has passed every check; never null
   * @throws DossierFormatException if the document is not a valid dossier
   */
  public Dossier read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentBytes) {
      throw tooLarge("input");
    }
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    return readText(() -> new StringReader(text), () -> new StringReader(text), null, "input");
  }

  private DossierFormatException tooLarge(String sourceName) {
    return new DossierFormatException(
        sourceName,
        List.of(
            new Problem(
                "",
                ProblemCode.LIMIT_EXCEEDED,
                "the document is larger than the limit of " + maxDocumentBytes + " bytes")));
  }

  /**
   * Reads the text in passes, each of which streams it from {@code text}: the first checks syntax and limits, the
   * second binds while the handler collects binding problems, and only when there are problems a third finds where
   * they are. With an {@linkplain Builder#executor(Executor) executor}, the first pass runs on it while this thread
   * binds; its problems still come first, and a binding made while the first pass found a fatal problem is dropped.
   *
   * @param text the document, for the binding pass (and the first pass when there is no executor)
   * @param quietText the same document for a first pass run on the executor (which reports no progress)
   * @param utf8 locates malformed UTF-8 in the bytes behind {@code text}; null for a string
   */
  private Dossier readText(
      Supplier<Reader> text, Supplier<Reader> quietText, MalformedLocator utf8, String sourceName) {
    List<Problem> unknownFields = new ArrayList<>();
    FutureTask<Problem> firstPass =
        new FutureTask<>(() -> scan(executor == null ? text : quietText, utf8, unknownFields));
    if (executor == null) {
      firstPass.run();
      throwFirstPassProblem(firstPass, sourceName);
    } else {
      executor.execute(firstPass);
    }
    // the first pass has reported every unknown field where it is: binding skips them
    CollectingProblemHandler handler = new CollectingProblemHandler(true, maxProblems);
    Dossier dossier = null;
    // binding builds records from what the document holds, missing values included: the checks below report them
    // located, and a dossier is only returned when they pass (Nulls explains the scope)
    try (Reader in = text.get(); Nulls.Scope lenientBinding = Nulls.lenient()) {
      dossier = reader.withHandler(handler).withAttribute(StringPool.KEY, new StringPool()).readValue(in);
    } catch (DatabindException e) {
      handler.problems().add(fromBindingFailure(e));
    } catch (JsonProcessingException e) {
      // syntax and limits were checked by the first pass; kept as a safety net
      JsonLocation loc = e.getLocation();
      handler.problems().add(
          new Problem(
              "",
              loc == null ? -1 : loc.getLineNr(),
              loc == null ? -1 : loc.getColumnNr(),
              e instanceof StreamConstraintsException ? ProblemCode.LIMIT_EXCEEDED : ProblemCode.MALFORMED,
              String.valueOf(e.getOriginalMessage())));
    } catch (IOException e) {
      throwFirstPassProblem(firstPass, sourceName);
      throw new UncheckedIOException("cannot read " + sourceName, e);
    } catch (RuntimeException | Error e) {
      // a fatal problem of the first pass is what reading it alone would have thrown
      throwFirstPassProblem(firstPass, sourceName);
      throw e;
    }
    throwFirstPassProblem(firstPass, sourceName);
    List<Problem> problems = new ArrayList<>(unknownFields);
    problems.addAll(handler.problems());
    if (dossier != null) {
      // a value that failed to bind is null in the dossier: do not report it (or what is under it) twice
      Set<String> bindingPaths = new HashSet<>();
      problems.forEach(p -> bindingPaths.add(p.path()));
      for (Problem p : DossierChecks.check(dossier, maxProblems + 1, executor)) {
        if (!underAny(p.path(), bindingPaths)) {
          problems.add(p);
        }
      }
    } else if (problems.isEmpty()) {
      problems.add(new Problem("", ProblemCode.WRONG_TYPE, "the document is not a dossier object"));
    }
    if (problems.isEmpty()) {
      return dossier;
    }
    boolean onlyTolerated = lenient && dossier != null && problems.stream()
        .allMatch(p -> p.code().toleratedWhenLenient());
    LocationIndex index = locate(text, problems);
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      if (p.hasLocation()) {
        located.add(p);
      } else {
        int[] loc = index.locate(p.path(), p.is(ProblemCode.UNKNOWN_FIELD));
        located.add(p.at(loc[0], loc[1]));
      }
    }
    located.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    if (onlyTolerated) {
      located.forEach(warnings);
      return dossier;
    }
    if (located.size() > maxProblems) {
      List<Problem> capped = new ArrayList<>(located.subList(0, maxProblems));
      capped.add(
          new Problem(
              "",
              ProblemCode.TOO_MANY_PROBLEMS,
              "stopped after " + maxProblems + " problems; fix these and read again to see more"));
      located = capped;
    }
    throw new DossierFormatException(sourceName, located);
  }

  /** The last pass: where the problems without a location are, and only those. */
  private LocationIndex locate(Supplier<Reader> text, List<Problem> problems) {
    List<String> pointers = new ArrayList<>();
    for (Problem p : problems) {
      if (!p.hasLocation()) {
        pointers.add(p.path());
      }
    }
    LocationIndex index = new LocationIndex(pointers);
    if (!pointers.isEmpty()) {
      try (JsonParser p = factory.createParser(text.get())) {
        index.scan(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  private static boolean underAny(String path, Set<String> paths) {
    for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (paths.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  /** Waits for the first pass (run here or on the executor) and throws its fatal problem, if it found one. */
  private static void throwFirstPassProblem(FutureTask<Problem> firstPass, String sourceName) {
    Problem fatal = Tasks.await(firstPass, "the first pass read the document");
    if (fatal != null) {
      throw new DossierFormatException(sourceName, List.of(fatal));
    }
  }

  /**
   * The first pass: checks encoding, syntax and limits, and checks that the root is an object. It builds nothing.
   *
   * @return the fatal problem, or {@code null} when binding can go on
   */
  private Problem scan(Supplier<Reader> text, MalformedLocator utf8, List<Problem> unknownFields) {
    JsonParser p;
    try {
      p = factory.createParser(text.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (p) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          return new Problem("", ProblemCode.MALFORMED, "the document is empty");
        }
        if (t != JsonToken.START_OBJECT) {
          JsonLocation loc = p.currentTokenLocation();
          return new Problem(
              "", loc.getLineNr(), loc.getColumnNr(), ProblemCode.WRONG_TYPE, "a dossier is a JSON object");
        }
        // walks the format's shape with the real parser: duplicate keys are looked for among an object's own fields,
        // and an unknown field is reported where it is while its value is skipped, never built or remembered
        Frames frames = new Frames();
        frames.push(Shapes.dossier(), false);
        Shapes.Kind pending = null;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            Shapes.Kind kind = frames.array() ? frames.kind() : pending;
            frames.push(kind, t == JsonToken.START_ARRAY);
            pending = null;
            continue;
          }
          if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            if (frames.pop()) {
              break;
            }
            continue;
          }
          if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
            // enforces the string length limit now, not during binding (Jackson applies it when it builds the
            // string, so only a value over it is built); an unpaired surrogate is refused here, looked for in the
            // parser's buffer
            if (t == JsonToken.VALUE_STRING && p.getTextLength() > maxStringLength) {
              p.getText();
            }
            int lone = firstUnpairedSurrogate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (lone >= 0) {
              return atToken(
                  p,
                  ProblemCode.MALFORMED,
                  String.format(
                      Locale.ROOT,
                      "the %s holds an unpaired surrogate \\u%04x (an escape that is not a Unicode character)",
                      t == JsonToken.FIELD_NAME ? "field name" : "string",
                      (int) p.getText().charAt(lone)));
            }
          }
          if (t == JsonToken.FIELD_NAME) {
            Shapes.Kind kind = frames.kind();
            String name = p.currentName();
            pending = null;
            if (kind == null) {
              // an object where the format has a scalar: binding reports the wrong type
              continue;
            }
            int slot = kind.slot(name);
            if (slot < 0) {
              if (!lenient && unknownFields.size() <= maxProblems) {
                String suggestion = Texts.suggest(name, kind.fieldNames());
                unknownFields.add(
                    atToken(
                        p,
                        ProblemCode.UNKNOWN_FIELD,
                        "unknown field "
                            + Texts.quote(name)
                            + (suggestion == null ? "" : "; did you mean " + Texts.quote(suggestion) + "?")
                            + " (known fields: " + Texts.list(kind.fieldNames()) + ")"));
              }
              p.nextToken();
              p.skipChildren();
              continue;
            }
            if (!frames.see(slot)) {
              return atToken(p, ProblemCode.MALFORMED, "duplicate field \"" + name + "\" in one object");
            }
            pending = kind.valueAt(slot);
          }
        }
        if (p.nextToken() != null) {
          JsonLocation loc = p.currentTokenLocation();
          return new Problem(
              "",
              loc.getLineNr(),
              loc.getColumnNr(),
              ProblemCode.MALFORMED,
              "unexpected content after the end of the dossier object");
        }
        return null;
      } catch (StreamConstraintsException e) {
        // measured while the parser is still open (the outer catch runs after it is closed)
        Problem measured = measuredLimit(e, p, prefix(text, p));
        if (measured != null) {
          return measured;
        }
        throw e;
      }
    } catch (StreamConstraintsException e) {
      return located(e, p, ProblemCode.LIMIT_EXCEEDED, e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      return located(e, p, ProblemCode.MALFORMED, e.getOriginalMessage());
    } catch (CharacterCodingException e) {
      long[] where;
      try {
        where = utf8 == null ? null : utf8.locate();
      } catch (IOException again) {
        throw new UncheckedIOException(again);
      }
      return where == null
          ? new Problem("", ProblemCode.MALFORMED, "the document is not valid UTF-8")
          : new Problem(
              "", (int) where[0], (int) where[1], ProblemCode.MALFORMED, DocumentBytes.describeMalformed(where));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text up to a little past the current token, read again from the start, for measuring a string that broke a
   * length limit: at most {@link #MEASURED_CHARS} characters past the token, so that a huge document is never held
   * whole (a longer string is reported with Jackson's own message).
   */
  private String prefix(Supplier<Reader> text, JsonParser p) {
    long want = Math.max(p.currentLocation().getCharOffset(), p.currentTokenLocation().getCharOffset())
        + MEASURED_CHARS + 16;
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, want));
    StringBuilder out = new StringBuilder();
    char[] buf = new char[8192];
    try (Reader r = text.get()) {
      int n;
      while (out.length() < cap && (n = r.read(buf, 0, Math.min(buf.length, cap - out.length()))) > 0) {
        out.append(buf, 0, n);
      }
    } catch (CharacterCodingException e) {
      // malformed UTF-8 past the token: the text before it is all there is to measure
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** How far past a string that broke its length limit the reader reads again to measure it. */
  private static final long MEASURED_CHARS = 32L << 20;

  /** The index of the first unpaired surrogate of {@code length} characters from {@code offset}, or -1. */
  private static int firstUnpairedSurrogate(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c < Character.MIN_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i - offset;
      }
    }
    return -1;
  }

  /**
   * A string or field name over its length limit, reported with its real length (Jackson stops counting where the
   * limit is crossed) and, for a field name, at the field's own path and location (Jackson's context is still at the
   * previous field). {@code null} for the other limits.
   */
  private Problem measuredLimit(StreamConstraintsException e, JsonParser p, String text) {
    String message = String.valueOf(e.getOriginalMessage());
    StreamReadConstraints limits = factory.streamReadConstraints();
    if (message.startsWith("String value length") && p.currentToken() == JsonToken.VALUE_STRING) {
      int start = (int) p.currentTokenLocation().getCharOffset();
      long length = decodedLength(text, start);
      if (start < 0 || length < 0) {
        return null;
      }
      JsonLocation loc = p.currentTokenLocation();
      return new Problem(
          LocationIndex.pointer(p),
          loc.getLineNr(),
          loc.getColumnNr(),
          ProblemCode.LIMIT_EXCEEDED,
          "a string of " + length + " characters, longer than the limit of " + limits.getMaxStringLength());
    }
    if (message.startsWith("Name length") && p.getParsingContext().inObject()) {
      int start = nameStart(text, (int) Math.min(p.currentLocation().getCharOffset(), text.length()));
      long length = start < 0 ? -1 : decodedLength(text, start);
      if (length < 0) {
        return null;
      }
      JsonStreamContext object = p.getParsingContext();
      String objectPointer = object.getParent() == null ? "" : object.getParent().pathAsPointer().toString();
      String name = decoded(text, start);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < start; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Problem(
          objectPointer + "/" + name.replace("~", "~0").replace("/", "~1"),
          line,
          start - lineStart + 1,
          ProblemCode.LIMIT_EXCEEDED,
          "a field name of " + length + " characters, longer than the limit of " + limits.getMaxNameLength());
    }
    return null;
  }

  /** The offset of the quote opening the field name that {@code inside} falls in, or -1. */
  private static int nameStart(String text, int inside) {
    for (int i = Math.min(inside, text.length() - 1); i >= 0; i--) {
      if (text.charAt(i) != '"') {
        continue;
      }
      int backslashes = 0;
      for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
        before--;
      }
      if (before >= 0 && (text.charAt(before) == '{' || text.charAt(before) == ',')) {
        return i;
      }
    }
    return -1;
  }

  /** The number of characters of the JSON string whose opening quote is at {@code quote}, or -1 if unterminated. */
  private static long decodedLength(String text, int quote) {
    if (quote < 0 || quote >= text.length() || text.charAt(quote) != '"') {
      return -1;
    }
    long length = 0;
    for (int i = quote + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return length;
      }
      if (c == '\\') {
        i += i + 1 < text.length() && text.charAt(i + 1) == 'u' ? 5 : 1;
      }
      length++;
    }
    return -1;
  }

  /** The JSON string whose opening quote is at {@code quote}, escapes kept as written. */
  private static String decoded(String text, int quote) {
    StringBuilder out = new StringBuilder();
    for (int i = quote + 1; i < text.length() && text.charAt(i) != '"'; i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(++i));
      }
    }
    return out.toString();
  }

  private static Problem located(JsonProcessingException e, JsonParser p, ProblemCode code, String message) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String path = LocationIndex.pointer(p);
    return new Problem(
        path,
        loc == null ? -1 : loc.getLineNr(),
        loc == null ? -1 : loc.getColumnNr(),
        code,
        message == null ? "cannot read the document" : message);
  }

  private static Problem fromBindingFailure(DatabindException e) {
    StringBuilder path = new StringBuilder();
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        path.append('/');
        if (r.getFieldName() != null) {
          path.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else {
          path.append(r.getIndex());
        }
      }
    }
    JsonLocation loc = e.getLocation();
    return new Problem(
        path.toString(),
        loc == null ? -1 : loc.getLineNr(),
        loc == null ? -1 : loc.getColumnNr(),
        ProblemCode.WRONG_TYPE,
        e.getOriginalMessage() == null ? "cannot bind the document" : e.getOriginalMessage());
  }

  /** A problem at the parser's current token: its JSON Pointer, line and column. */
  private static Problem atToken(JsonParser p, ProblemCode code, String message) {
    JsonLocation loc = p.currentTokenLocation();
    return new Problem(LocationIndex.pointer(p), loc.getLineNr(), loc.getColumnNr(), code, message);
  }

  /**
   * The open objects and arrays of the first pass, innermost last: for each, the kind of object it is (or holds),
   * whether it is an array, and which of its kind's fields it has shown (a bit per {@link Shapes.Kind#slot}). Arrays
   * that grow with the nesting depth, so walking a document allocates nothing per object.
   */
  private static final class Frames {
    private Shapes.Kind[] kinds = new Shapes.Kind[16];
    private boolean[] arrays = new boolean[16];
    private long[] seen = new long[16];
    private int top = -1;

    void push(Shapes.Kind kind, boolean array) {
      if (++top == kinds.length) {
        kinds = Arrays.copyOf(kinds, top * 2);
        arrays = Arrays.copyOf(arrays, top * 2);
        seen = Arrays.copyOf(seen, top * 2);
      }
      kinds[top] = kind;
      arrays[top] = array;
      seen[top] = 0L;
    }

    /** Closes the innermost; returns whether none is left open. */
    boolean pop() {
      kinds[top--] = null;
      return top < 0;
    }

    Shapes.Kind kind() {
      return kinds[top];
    }

    boolean array() {
      return arrays[top];
    }

    /** Marks a field of the innermost object as shown; returns {@code false} when it was already. */
    boolean see(int slot) {
      long bit = 1L << slot;
      if ((seen[top] & bit) != 0) {
        return false;
      }
      seen[top] |= bit;
      return true;
    }
  }

  /**
   * Configures a {@link DossierReader}. Starts from the strict defaults; not thread-safe.
   */
  public static final class Builder {
    private boolean lenient;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private Consumer<? super Problem> warnings = problem -> {};

    private Executor executor;

    private Builder() {}

    /**
     * Sets who is told the problems a lenient reader tolerates, each with its path, line and column, in document
     * order, before {@code read} returns. A strict reader refuses them instead and never calls the listener. Set one
     * with a lenient reader: otherwise the warnings are not shown to anybody.
     *
     * @param listener told each warning; never null; called on the reading thread
     * @return this builder
     */
    public Builder warnings(Consumer<? super Problem> listener) {
      this.warnings = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets whether unknown fields are ignored (lenient) or reported as {@link ProblemCode#UNKNOWN_FIELD} (strict, the
     * default). A lenient reader also reads a dossier whose only problems are inconsistencies it tolerates
     * ({@link ProblemCode#toleratedWhenLenient()}: duplicate links, shares over 1) and tells them, located, to the
     * {@link #warnings warning listener}. Every other check applies either way.
     *
     * @param lenient {@code true} to ignore unknown fields and tolerate inconsistencies
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the maximum size of a document in bytes (of a string, in characters).
     *
     * @param bytes the limit, at least 1; default {@value DossierReader#DEFAULT_MAX_DOCUMENT_BYTES}
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the maximum nesting depth of objects and arrays.
     *
     * @param depth the limit, at least 8 (a dossier nests 6 deep); default
     *     {@value DossierReader#DEFAULT_MAX_NESTING_DEPTH}
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the maximum length of a string value in characters.
     *
     * @param length the limit, at least 1; default {@value DossierReader#DEFAULT_MAX_STRING_LENGTH}
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the maximum length of a field name in characters.
     *
     * @param length the limit, at least 32 (the longest field name of the format is 27); default
     *     {@value DossierReader#DEFAULT_MAX_NAME_LENGTH}
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = length;
      return this;
    }

    /**
     * Sets the maximum number of characters of a number.
     *
     * @param length the limit, at least 1; default {@value DossierReader#DEFAULT_MAX_NUMBER_LENGTH}
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = length;
      return this;
    }

    /**
     * Sets how many problems are collected before reading gives up with a {@link ProblemCode#TOO_MANY_PROBLEMS} note.
     *
     * @param count the limit, at least 1; default {@value DossierReader#DEFAULT_MAX_PROBLEMS}
     * @return this builder
     */
    public Builder maxProblems(int count) {
      this.maxProblems = count;
      return this;
    }

    /**
     * Runs the first pass over a document (syntax, limits, duplicate and unknown fields) on an executor while the
     * calling thread binds it, instead of one after the other, and, for a dossier of hundreds of thousands of links,
     * checks half of its links there too; worth it for documents of many megabytes where a processor is free. What is
     * read and every problem, with its location and order, are the same; with a progress
     * listener ({@link #read(Path, LongConsumer)}) only the binding pass reports. The executor must run each task it is
     * given (for example on a thread of its own) and is not shut down by the reader.
     *
     * @param executor runs the first pass, or {@code null} (the default) to run both passes on the calling thread
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a new reader; never null
     * @throws IllegalArgumentException if a limit is below its minimum
     */
    public DossierReader build() {
      require(maxDocumentBytes >= 1, "maxDocumentBytes must be at least 1");
      require(maxNestingDepth >= 8, "maxNestingDepth must be at least 8");
      require(maxStringLength >= 1, "maxStringLength must be at least 1");
      require(maxNameLength >= 32, "maxNameLength must be at least 32");
      require(maxNumberLength >= 1, "maxNumberLength must be at least 1");
      require(maxProblems >= 1, "maxProblems must be at least 1");
      return new DossierReader(this);
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
