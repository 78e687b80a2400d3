package org.ctpat4j.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the bundle {@code org.ctpat4j.evidence.messages} for one locale, optionally overlaid by a host
 * application's bundle.
 *
 * <p>The bundle is read with {@link Class#getResourceAsStream} from this module instead of
 * {@link ResourceBundle#getBundle(String, Locale)}: a named module cannot pass a {@code ResourceBundle.Control}, and
 * without one the JDK falls back to the JVM's default locale, which would make reports depend on the environment.
 * Here the fallback chain is fixed: {@code language_COUNTRY}, {@code language}, then the English root bundle.
 *
 * <p>Templates are constant {@link MessageFormat} patterns; dossier values are only ever passed as arguments, never
 * used as patterns. Immutable and thread-safe.
 */
public final class Messages {

  /** The bundle's base name. */
  public static final String BASE_NAME = "org.ctpat4j.evidence.messages";

  private static final String RESOURCE = "/" + BASE_NAME.replace('.', '/');
  private static final ConcurrentHashMap<String, Optional<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final List<ResourceBundle> chain;

  /**
   * Each key's template, parsed once: a large dossier's report formats the same few templates for every finding, and
   * parsing a pattern costs more than formatting it. A {@link MessageFormat} is not thread-safe, so each is used under
   * its own lock.
   */
  private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(Locale locale, List<ResourceBundle> chain) {
    this.locale = locale;
    this.chain = List.copyOf(chain);
  }

  /**
   * Formats a share as a percentage with one decimal, the same in every language and report ({@code 0.4567} is
   * {@code 45.7%}).
   *
   * @param share the share, usually in [0, 1]
   * @return the text
   */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
  }

  /**
   * Returns the messages for a locale.
   *
   * @param locale the locale; never null
   * @param override a host bundle consulted first, or {@code null}
   * @return the messages; never null
   */
  public static Messages of(Locale locale, ResourceBundle override) {
    Objects.requireNonNull(locale, "locale");
    List<ResourceBundle> chain = new ArrayList<>();
    if (override != null) {
      chain.add(override);
    }
    if (!locale.getLanguage().isEmpty() && !locale.getCountry().isEmpty()) {
      load("_" + locale.getLanguage() + "_" + locale.getCountry()).ifPresent(chain::add);
    }
    if (!locale.getLanguage().isEmpty()) {
      load("_" + locale.getLanguage()).ifPresent(chain::add);
    }
    chain.add(load("").orElseThrow(() -> new IllegalStateException("missing bundle " + RESOURCE + ".properties")));
    return new Messages(locale, chain);
  }

  private static Optional<ResourceBundle> load(String suffix) {
    return CACHE.computeIfAbsent(
        suffix,
        s -> {
          try (InputStream in = Messages.class.getResourceAsStream(RESOURCE + s + ".properties")) {
            if (in == null) {
              return Optional.empty();
            }
            return Optional.of(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + s + ".properties", e);
          }
        });
  }

  /**
   * Returns the locale.
   *
   * @return the locale; never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the raw template of a key.
   *
   * @param key the key; never null
   * @return the template
   * @throws MissingResourceException if no bundle of the chain has the key
   */
  public String template(String key) {
    for (ResourceBundle b : chain) {
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    throw new MissingResourceException("no message for key " + key, BASE_NAME, key);
  }

  /**
   * Formats the constant template of a key with arguments.
   *
   * @param key the key; never null
   * @param args the arguments, used only as values
   * @return the formatted text; never null
   */
  public String format(String key, Object... args) {
    MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(template(k), locale));
    synchronized (f) {
      return f.format(args);
    }
  }

  /**
   * Formats a key without arguments (the template is still a {@link MessageFormat} pattern).
   *
   * @param key the key
   * @return the text
   */
  public String text(String key) {
    return format(key);
  }
}
