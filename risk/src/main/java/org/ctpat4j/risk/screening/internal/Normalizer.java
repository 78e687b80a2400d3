package org.ctpat4j.risk.screening.internal;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctpat4j.risk.screening.Explanation.TokenClass;
import org.ctpat4j.risk.screening.Romanizer;

/**
 * The name normaliser of ctpat4j, with two operations that answer two different questions on purpose:
 *
 * <ul>
 *   <li>{@link #normalize(String)}, for fuzzy screening, cuts a company name into canonical tokens: Unicode NFKC;
 *       Chinese-script legal forms, business words and place names replaced by their English canonical words;
 *       remaining Chinese runs romanized (one token per run); case and accent folding; punctuation as separators
 *       (dotted acronyms such as S.A. kept together, apostrophes dropped); rewrite rules for legal forms,
 *       abbreviations, pinyin business words and place-name spellings; then a class per token. Thread-safe when the
 *       romanizer is.
 *   <li>{@link #key(String)}, for exact comparison, gives one string that two spellings of the same name share when
 *       they differ only in case, accents, punctuation and a few English and European legal forms: the exact entity
 *       matcher ({@code RiskEngine.exactEntityMatcher()}), the folding of an added UFLPA Entity List into the held one, and the
 *       keyword and scope matching of goods and WROs. It stays deliberately narrow (no romanization, no rewriting of
 *       words, no typo tolerance): equal keys must mean the same written name, because the callers treat them as
 *       such without a score or a reviewer.
 * </ul>
 */
public final class Normalizer {

  /**
   * Tokens compared per name: 64, twice the longest name of the bundled lists and of the name benchmark (about 30
   * tokens with aliases in parentheses), and the width of the bit masks of the blocking index. The tokens after the
   * 64th are counted and named in the explanation ({@link NormalizedName#notCompared()}), not compared; with the
   * length cap of {@link TokenDistance#MAX_TYPO_LENGTH} on typo matching, screening one name costs time linear in its
   * length.
   */
  public static final int MAX_TOKENS = 64;

  private final Romanizer romanizer;

  /**
   * Creates a normaliser.
   *
   * @param romanizer the romanizer for Chinese runs
   */
  public Normalizer(Romanizer romanizer) {
    this.romanizer = Objects.requireNonNull(romanizer, "romanizer");
  }

  /**
   * Normalises a name.
   *
   * @param name the name
   * @return its tokens
   */
  public NormalizedName normalize(String name) {
    Object[] last = LAST.get();
    if (last[0] == romanizer && name.equals(last[1])) {
      return (NormalizedName) last[2];
    }
    NormalizedName out = compute(name);
    last[0] = romanizer;
    last[1] = name;
    last[2] = out;
    return out;
  }

  /**
   * The last name this thread normalised, with its romanizer and result: the rules screen each facility's name against
   * several lists (the UFLPA Entity List, the WROs) one after the other, so the second screener finds it here. The
   * result is a pure function of the two, and nothing writes into a {@link NormalizedName}'s arrays.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

  /** Legal-form tokens {@link #key(String)} drops. */
  private static final Set<String> KEY_LEGAL_FORMS = Set.of(
      "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "bhd", "berhad",
      "sdn", "gmbh", "pte", "pvt", "private", "jsc", "ag", "sa", "srl", "bv", "nv", "oy", "ab", "kk");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** How many keys each thread remembers: the rules compare the same few hundred listed names for every facility. */
  private static final int KEY_MEMO_SIZE = 4096;

  /** The keys this thread computed last, least recently used first; bounded by {@link #KEY_MEMO_SIZE}. */
  private static final ThreadLocal<Map<String, String>> KEYS = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEY_MEMO_SIZE;
        }
      });

  /**
   * Returns the exact-comparison key of a name: NFKD without accents, lower case, {@code &} as "and", punctuation as
   * spaces, legal-form tokens (co, ltd, inc, gmbh, sa ...) removed, spaces collapsed.
   *
   * @param name the name; never null
   * @return the key, possibly empty
   */
  public static String key(String name) {
    Map<String, String> memo = KEYS.get();
    String cached = memo.get(name);
    if (cached != null) {
      return cached;
    }
    String result = computeKey(name);
    memo.put(name, result);
    return result;
  }

  private static String computeKey(String name) {
    String s = MARKS.matcher(java.text.Normalizer.normalize(name, Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return s;
    }
    List<String> kept = new ArrayList<>();
    for (String token : s.split(" ")) {
      if (!KEY_LEGAL_FORMS.contains(token)) {
        kept.add(token);
      }
    }
    return String.join(" ", kept);
  }

  /**
   * Returns whether {@code text} contains {@code phrase} as whole words, both already {@link #key(String) keys}.
   *
   * @param text a key
   * @param phrase a key
   * @return {@code true} when found on word boundaries
   */
  public static boolean containsWords(String text, String phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    String t = " " + text + " ";
    return t.contains(" " + phrase + " ");
  }

  private NormalizedName compute(String name) {
    boolean ascii = isAscii(name);
    String text = ascii ? name : replaceHan(java.text.Normalizer.normalize(name, Form.NFKC)); // ASCII: NFKC already
    text = fold(text);
    List<String> raw = new ArrayList<>();
    List<Boolean> rawParen = new ArrayList<>();
    split(text, raw, rawParen);
    Numbers.canonicalize(raw, rawParen);
    for (int k = 0; k < raw.size(); k++) {
      raw.set(k, stem(raw.get(k)));
    }
    List<String> stop = new ArrayList<>();
    for (int pass = 0; pass < 3; pass++) { // rules may feed each other: "biological tech" -> "biological technology"
      if (!rewrite(raw, rawParen, stop)) {
        break;
      }
    }
    boolean[] edgeForm = markEdgeForms(raw, rawParen);
    List<String> tokens = new ArrayList<>();
    List<TokenClass> classes = new ArrayList<>();
    List<Boolean> paren = new ArrayList<>();
    int notCompared = 0;
    for (int k = 0; k < raw.size(); k++) {
      Lexicon.Classified c = edgeForm[k] ? new Lexicon.Classified(raw.get(k), TokenClass.LEGAL_FORM)
          : Lexicon.classify(raw.get(k));
      if (c.tokenClass() == TokenClass.STOPWORD) {
        if (stop.size() < MAX_TOKENS) {
          stop.add(c.token());
        }
      } else if (tokens.size() < MAX_TOKENS) {
        tokens.add(c.token());
        classes.add(c.tokenClass());
        paren.add(rawParen.get(k));
      } else {
        notCompared++;
      }
    }
    boolean[] parenthetical = new boolean[paren.size()];
    for (int k = 0; k < parenthetical.length; k++) {
      parenthetical[k] = paren.get(k);
    }
    return new NormalizedName(name, tokens.toArray(new String[0]), classes.toArray(new TokenClass[0]), parenthetical,
        List.copyOf(stop.size() > MAX_TOKENS ? stop.subList(0, MAX_TOKENS) : stop), notCompared);
  }

  /**
   * Replaces GLEIF legal forms at the end of the name (then at its start) by their canonical token, skipping legal
   * forms the lexicon already knows, and returns which tokens are such forms.
   */
  private static boolean[] markEdgeForms(List<String> raw, List<Boolean> rawParen) {
    int end = raw.size();
    int guard = 0;
    while (end > 0 && guard++ < LegalForms.MAX_TOKENS) {
      if (Lexicon.classify(raw.get(end - 1)).tokenClass() == TokenClass.LEGAL_FORM) {
        end--;
        continue;
      }
      LegalForms.Form f = LegalForms.endingAt(raw, end);
      if (f == null || f.tokens().length >= end) {
        break; // a name that is only a legal form stays as written
      }
      int n = f.tokens().length;
      replace(raw, rawParen, end - n, n, "\u0001" + f.canonical());
      end -= n;
    }
    int start = 0;
    guard = 0;
    while (start < raw.size() && guard++ < LegalForms.MAX_TOKENS && !raw.get(start).startsWith("\u0001")) {
      if (Lexicon.classify(raw.get(start)).tokenClass() == TokenClass.LEGAL_FORM) {
        start++;
        continue;
      }
      LegalForms.Form f = LegalForms.startingAt(raw, start);
      int after = f == null ? 0 : start + f.tokens().length;
      if (f == null || after >= raw.size() || raw.get(after).startsWith("\u0001")) {
        break;
      }
      replace(raw, rawParen, start, f.tokens().length, "\u0001" + f.canonical());
      start++;
    }
    boolean[] marked = new boolean[raw.size()];
    for (int k = 0; k < raw.size(); k++) {
      if (raw.get(k).startsWith("\u0001")) {
        raw.set(k, raw.get(k).substring(1));
        marked[k] = true;
      }
    }
    return marked;
  }

  private static void replace(List<String> raw, List<Boolean> paren, int from, int count, String token) {
    boolean inParen = paren.get(from);
    for (int k = 0; k < count; k++) {
      raw.remove(from);
      paren.remove(from);
    }
    raw.add(from, token);
    paren.add(from, inParen);
  }

  /** Applies the rewrite rules once, left to right; returns whether anything changed. */
  private static boolean rewrite(List<String> raw, List<Boolean> rawParen, List<String> stop) {
    List<String> out = new ArrayList<>(raw.size());
    List<Boolean> outParen = new ArrayList<>(raw.size());
    boolean changed = false;
    int i = 0;
    while (i < raw.size()) {
      String[] rule = matchRule(raw, i);
      boolean inParen = rawParen.get(i);
      if (rule == null) {
        out.add(raw.get(i));
        outParen.add(inParen);
        i++;
        continue;
      }
      int eq = indexOfEq(rule);
      boolean same = rule.length - eq - 1 == eq;
      for (int k = 0; k < eq && same; k++) {
        same = rule[k].equals(rule[eq + 1 + k]);
      }
      changed |= !same;
      if (rule.length == eq + 1) {
        for (int k = 0; k < eq; k++) {
          stop.add(rule[k]);
        }
      }
      for (int k = eq + 1; k < rule.length; k++) {
        out.add(rule[k]);
        outParen.add(inParen);
      }
      i += eq;
    }
    raw.clear();
    raw.addAll(out);
    rawParen.clear();
    rawParen.addAll(outParen);
    return changed;
  }

  /**
   * A light plural stemmer for Latin tokens of five letters or more: "-ies" to "-y", a final "s" dropped (not "-ss",
   * "-us", "-is"). Applied to both sides, it only needs to be consistent, not linguistically right.
   */
  static String stem(String token) {
    int n = token.length();
    if (n < 5 || !TokenDistance.typoEligible(token)) {
      return token;
    }
    String stem = token;
    if (token.endsWith("ies")) {
      stem = token.substring(0, n - 3) + "y";
    } else if (token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) {
      stem = token.substring(0, n - 1);
    }
    // a plural is never a legal form: "Corps" (as in Production and Construction Corps) is not "Corp"
    return Lexicon.classify(stem).tokenClass() == TokenClass.LEGAL_FORM ? token : stem;
  }

  /**
   * Whether a token may be the stem of a plural ending in "s" (so that joining may put the "s" back).
   *
   * @param token a canonical token
   * @return true for tokens of at least four letters
   */
  static boolean mayBeStem(String token) {
    return token.length() >= 4 && TokenDistance.typoEligible(token);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfEq(String[] rule) {
    for (int k = 0; k < rule.length; k++) {
      if ("=".equals(rule[k])) {
        return k;
      }
    }
    throw new IllegalStateException("rule without '='");
  }

  private static String[] matchRule(List<String> raw, int start) {
    for (String[] rule : Lexicon.rulesStartingWith(raw.get(start))) {
      int eq = indexOfEq(rule);
      if (start + eq > raw.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < eq && ok; k++) {
        ok = rule[k].equals(raw.get(start + k));
      }
      if (ok) {
        return rule;
      }
    }
    return null;
  }

  private String replaceHan(String text) {
    boolean hasHan = false;
    for (int i = 0; i < text.length() && !hasHan; i++) {
      hasHan = isHan(text.charAt(i));
    }
    if (!hasHan) {
      return text;
    }
    text = numbered(SimplifiedHan.fold(text));
    StringBuilder out = new StringBuilder(text.length() * 3);
    StringBuilder pending = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (!isHan(ch)) {
        flush(pending, out);
        out.append(ch);
        i++;
        continue;
      }
      if (ch == '第') { // an ordinal: 第二 "second", 第十四 "fourteenth"
        int end = i + 1;
        while (end < text.length() && end - i <= 4 && "〇一二三四五六七八九十百两".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        int value = Numbers.chinese(text.substring(i + 1, end));
        if (value > 0) {
          flush(pending, out);
          out.append(' ').append(value).append(' ');
          i = end;
          continue;
        }
      }
      String[] phrase = null;
      for (String[] p : Lexicon.hanPhrasesStartingWith(ch)) {
        if (text.startsWith(p[0], i)) {
          phrase = p;
          break;
        }
      }
      if (phrase == null) {
        pending.append(ch);
        i++;
      } else {
        flush(pending, out);
        out.append(phrase[1]);
        i += phrase[0].length();
        if (Lexicon.classify(phrase[1].strip().split(" ")[0]).tokenClass() == TokenClass.LOCALITY) {
          for (String suffix : Lexicon.PLACE_SUFFIXES) {
            if (text.startsWith(suffix, i)) {
              i += suffix.length();
              break;
            }
          }
        }
      }
    }
    flush(pending, out);
    return out.toString();
  }

  /** A number before 号 (No.): 8号, 二号, 壹号; 号 alone is a character of the name (大零号湾). */
  private static final Pattern NUMBER_SIGN =
      Pattern.compile("([0-9]+) *号|([一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]{1,4})号");
  /** A phase or series: 三期 (Phase III). */
  private static final Pattern PHASE = Pattern.compile("([一二三四五六七八九十]{1,3})期");

  /**
   * Writes the numbers of fund series and phases the way English names do: 康曼德112号 "... No. 112", 策源二号 "... No.
   * 2", 元利三期 "... Phase III", so that the number is a token of its own on both sides.
   */
  static String numbered(String text) {
    if (text.indexOf('号') < 0 && text.indexOf('期') < 0) {
      return text;
    }
    Matcher m = NUMBER_SIGN.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    while (m.find()) {
      int value = m.group(1) != null ? -2 : Numbers.chinese(financialToCommon(m.group(2)));
      String replacement = value == -2 ? " no " + m.group(1) + " " : value > 0 ? " no " + value + " " : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    m = PHASE.matcher(sb);
    StringBuilder out = new StringBuilder(sb.length() + 16);
    while (m.find()) {
      int value = Numbers.chinese(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value > 0 ? " phase " + value + " " : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The financial forms of Chinese numerals (壹 贰 叁 ...) as the common ones. */
  private static String financialToCommon(String numerals) {
    StringBuilder sb = new StringBuilder(numerals.length());
    for (int i = 0; i < numerals.length(); i++) {
      int k = "壹贰叁肆伍陆柒捌玖拾".indexOf(numerals.charAt(i));
      sb.append(k >= 0 ? "一二三四五六七八九十".charAt(k) : numerals.charAt(i));
    }
    return sb.toString();
  }

  private void flush(StringBuilder pending, StringBuilder out) {
    if (pending.length() == 0) {
      return;
    }
    String run = pending.toString();
    pending.setLength(0);
    if (run.equals("和") || run.equals("与")) {
      out.append(" and "); // between two known words (绩效评价和国有企业): the conjunction, not a name character
      return;
    }
    if (run.length() == 3 && (run.charAt(2) == '区' || run.charAt(2) == '县')) {
      run = run.substring(0, 2); // a district or county (李沧区 Licang District): the suffix is not part of the name
    }
    String latin = romanizer.romanize(run).map(Normalizer::joinSyllables).orElse(run);
    out.append(' ').append(latin).append(' ');
  }

  /**
   * Joins the syllables of a romanized run into words the way English renderings of Chinese names write them: up to
   * three syllables make one word (比广 Biguang, 沄知芯 Yunzhixin); longer runs are cut into words of two syllables, the
   * last word taking three when the count is odd (星纳赫源 Xingna Heyuan, 和利国信智芯 Heli Guoxin Zhixin). A run written
   * as one word on the other side still matches: two adjacent tokens may join to equal one.
   */
  static String joinSyllables(String syllables) {
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder(syllables.length());
    for (int i = 0; i <= syllables.length(); i++) {
      char c = i < syllables.length() ? syllables.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else if (c == ' ' && sb.length() > 0) {
        parts.add(sb.toString());
        sb.setLength(0);
      }
    }
    int n = parts.size();
    if (n <= 3) {
      return String.join("", parts);
    }
    int words = n / 2; // the last word takes the odd syllable
    StringBuilder out = new StringBuilder(syllables.length());
    for (int k = 0; k < n; k++) {
      if (k > 0 && k % 2 == 0 && k / 2 < words) {
        out.append(' ');
      }
      out.append(parts.get(k));
    }
    return out.toString();
  }

  private static boolean isHan(char ch) {
    return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
  }

  /**
   * Lower case, no accents or other combining marks, a few letters spelled out (ß ss, æ ae, œ oe, ø o, đ d, ł l, ı i).
   *
   * @param text NFKC text
   * @return folded text
   */
  static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> sb.append("ss");
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'ø' -> sb.append('o');
        case 'đ' -> sb.append('d');
        case 'ł' -> sb.append('l');
        case 'ı' -> sb.append('i');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Folds and splits a text into raw tokens the way names are, before rewrite rules and classes.
   *
   * @param text NFKC text
   * @return the tokens
   */
  static List<String> foldAndSplit(String text) {
    List<String> tokens = new ArrayList<>();
    split(fold(text), tokens, new ArrayList<>());
    return tokens;
  }

  private static void split(String text, List<String> tokens, List<Boolean> paren) {
    StringBuilder current = new StringBuilder();
    int depth = 0;
    int segment = 0; // letters since the start of the token or the last joined dot
    boolean tokenParen = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (current.length() == 0) {
          tokenParen = depth > 0;
        }
        current.append(c);
        segment++;
        continue;
      }
      if (c == '\'' || c == '\u2019') {
        continue; // O'Brien, Int'l
      }
      if (c == '.' && segment == 1 && i + 1 < n && Character.isLetter(text.charAt(i + 1))
          && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
        segment = 0; // S.A., U.S.A.
        continue;
      }
      emit(current, tokenParen, tokens, paren);
      segment = 0;
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == '&' || c == '+') {
        tokens.add("and");
        paren.add(depth > 0);
      }
    }
    emit(current, tokenParen, tokens, paren);
  }

  private static void emit(StringBuilder current, boolean inParen, List<String> tokens, List<Boolean> paren) {
    if (current.length() > 0) {
      tokens.add(current.toString());
      paren.add(inParen);
      current.setLength(0);
    }
  }
}
