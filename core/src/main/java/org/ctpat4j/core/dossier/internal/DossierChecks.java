package org.ctpat4j.core.dossier.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.ctpat4j.core.Membership;
import org.ctpat4j.core.MembershipStatus;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.constraints.Codes;
import org.ctpat4j.core.dossier.Audit;
import org.ctpat4j.core.dossier.AuditFinding;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.CodeOfConductVersion;
import org.ctpat4j.core.dossier.Document;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Engagement;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.Facility;
import org.ctpat4j.core.dossier.Identifiers;
import org.ctpat4j.core.dossier.Link;
import org.ctpat4j.core.dossier.Material;
import org.ctpat4j.core.dossier.Problem;
import org.ctpat4j.core.dossier.ProblemCode;
import org.ctpat4j.core.dossier.Product;
import org.ctpat4j.core.dossier.RemediationAction;
import org.ctpat4j.core.dossier.RemediationCase;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;
import org.ctpat4j.core.dossier.SupplierCommitment;
import org.ctpat4j.core.dossier.Training;
import org.ctpat4j.core.dossier.TrainingAudience;
import org.ctpat4j.core.dossier.UnmappedInput;
import org.ctpat4j.core.internal.Tasks;

/**
 * Every field and referential check of the dossier format, walking the dossier in document order. Pure Java: no
 * validation provider. The field rules (required, not blank, codes, ranges, lengths) are not written here but read
 * from the records' Jakarta Validation annotations by {@link FieldRules}, the same annotations Hibernate Validator
 * reads; what is written here are the rules between fields and records (references, duplicate ids, dates against
 * {@code asOf} and each other, link consistency, a supplier training's facility, an applicant's application day).
 * One instance per run (and one per worker of a run); not thread-safe.
 */
public final class DossierChecks {

  private final List<Problem> problems = new ArrayList<>();
  /** Where the field rules report (one object for the run, not one per field checked). */
  private final FieldRules.Sink sink = this::add;
  private final int limit;
  private LocalDate asOf;

  /**
   * How far the shares of one material into one facility may add up beyond 1 before they are refused: 0.01, so that
   * shares rounded to two decimals (three suppliers at 0.34) pass.
   */
  static final double SHARE_TOLERANCE = 0.01;

  private static final FieldRules DOSSIER = FieldRules.of(Dossier.class);
  private static final FieldRules PARTNER = FieldRules.of(Partner.class);
  private static final FieldRules MEMBERSHIP = FieldRules.of(Membership.class);
  private static final FieldRules FACILITY = FieldRules.of(Facility.class);
  private static final FieldRules IDENTIFIERS = FieldRules.of(Identifiers.class);
  private static final FieldRules MATERIAL = FieldRules.of(Material.class);
  private static final FieldRules LINK = FieldRules.of(Link.class);
  private static final FieldRules UNMAPPED_INPUT = FieldRules.of(UnmappedInput.class);
  private static final FieldRules PRODUCT = FieldRules.of(Product.class);
  private static final FieldRules PROGRAM = FieldRules.of(SocialComplianceProgram.class);
  private static final FieldRules RISK_ASSESSMENT = FieldRules.of(RiskAssessment.class);
  private static final FieldRules CODE_OF_CONDUCT = FieldRules.of(CodeOfConduct.class);
  private static final FieldRules CODE_VERSION = FieldRules.of(CodeOfConductVersion.class);
  private static final FieldRules AUDIT = FieldRules.of(Audit.class);
  private static final FieldRules FINDING = FieldRules.of(AuditFinding.class);
  private static final FieldRules TRAINING = FieldRules.of(Training.class);
  private static final FieldRules COMMITMENT = FieldRules.of(SupplierCommitment.class);
  private static final FieldRules PLAN = FieldRules.of(RemediationPlan.class);
  private static final FieldRules CASE = FieldRules.of(RemediationCase.class);
  private static final FieldRules ACTION = FieldRules.of(RemediationAction.class);
  private static final FieldRules ENGAGEMENT = FieldRules.of(Engagement.class);
  private static final FieldRules DOCUMENT = FieldRules.of(Document.class);

  /**
   * Links from which, given an executor, the second half of the links and the link consistency are checked beside
   * the rest; below it a second thread costs more than it saves.
   */
  static final int CONCURRENT_LINKS_FROM = 200_000;

  /** The index of the first facility, material and document of each id: what references resolve to. */
  private final Map<String, Integer> facilityIds;
  private final Map<String, Integer> materialIds;
  private final Map<String, Integer> documentIds;

  private DossierChecks(int limit) {
    this.limit = limit;
    this.facilityIds = new HashMap<>();
    this.materialIds = new HashMap<>();
    this.documentIds = new HashMap<>();
  }

  /** A worker that checks part of the same dossier into problems of its own, reading the ids the owner collected. */
  private DossierChecks(DossierChecks owner) {
    this.limit = owner.limit;
    this.asOf = owner.asOf;
    this.facilityIds = owner.facilityIds;
    this.materialIds = owner.materialIds;
    this.documentIds = owner.documentIds;
    this.ends = owner.ends;
    this.facilityNumbers = new Numbering(owner.facilityNumbers);
    this.materialNumbers = new Numbering(owner.materialNumbers);
  }

  /** The numbers of each link's ids, written by the thread that checks the link (owner and worker: different links). */
  private LinkEnds ends;

  /** This thread's numbers of the facility and material ids links name ({@link Numbering}). */
  private Numbering facilityNumbers;

  private Numbering materialNumbers;

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier; never null
   * @return the problems, in document order; never null
   */
  public static List<Problem> check(Dossier dossier) {
    return check(dossier, Integer.MAX_VALUE);
  }

  /**
   * Checks a dossier, keeping at most {@code limit} problems (a hostile document cannot make the reader hold millions).
   *
   * @param dossier the dossier; never null
   * @param limit how many problems to keep, at least 1
   * @return the first problems, in document order; never null
   */
  public static List<Problem> check(Dossier dossier, int limit) {
    return check(dossier, limit, null);
  }

  /**
   * Checks a dossier as {@link #check(Dossier, int)} does; with an executor, a dossier of many links has the second
   * half of its links and their consistency checked on it while the calling thread checks the rest. The problems, and
   * their order, are the same.
   *
   * @param dossier the dossier; never null
   * @param limit how many problems to keep, at least 1
   * @param executor runs one task beside the calling thread, or {@code null} to check on the calling thread alone
   * @return the first problems, in document order; never null
   */
  public static List<Problem> check(Dossier dossier, int limit, Executor executor) {
    DossierChecks c = new DossierChecks(limit);
    c.run(dossier, executor);
    return List.copyOf(c.problems);
  }

  private void add(String path, ProblemCode code, String message) {
    if (problems.size() < limit) {
      problems.add(new Problem(path, code, message));
    }
  }

  private void run(Dossier d, Executor executor) {
    asOf = d.asOf();
    if (d.format() == null || DOSSIER.rule("format").accepts(d.format())) {
      valid("", DOSSIER, "format", d.format());
    } else {
      add(
          "/format",
          ProblemCode.UNSUPPORTED_FORMAT,
          "unsupported format " + Texts.quote(d.format()) + "; this reader reads " + Dossier.FORMAT);
    }
    // Ids first, so that references can be checked in one walk in document order.
    collectIds(d.facilities(), Facility::id, facilityIds);
    collectIds(d.materials(), Material::id, materialIds);
    collectIds(d.evidence().documents(), Document::id, documentIds);
    // the links after `split`: with an executor and many links, checked beside the partner, facilities, materials
    // and first half, by a worker whose problems follow ours, as they follow in the document; otherwise here, after
    // the first half. Each link's ids are numbered as they are resolved (one look-up each), for the consistency
    // checks that follow both halves.
    List<Link> links = d.links();
    int m = links.size();
    ends = new LinkEnds(m);
    facilityNumbers = new Numbering(facilityIds, d.facilities().size());
    materialNumbers = new Numbering(materialIds, d.materials().size());
    boolean concurrent = executor != null && m >= CONCURRENT_LINKS_FROM;
    int split = concurrent ? m / 2 : m;
    DossierChecks later = concurrent ? new DossierChecks(this) : this;
    FutureTask<Void> laterLinks = new FutureTask<>(() -> {
      later.each("/links", links, split, m, later::link);
      return null;
    });
    if (concurrent) {
      executor.execute(laterLinks);
    }
    if (d.partner() == null) {
      missing("", "partner");
    } else {
      partner("/partner", d.partner());
    }
    each("/facilities", d.facilities(), this::facility, Facility::id, facilityIds);
    each("/materials", d.materials(), this::material, Material::id, materialIds);
    each("/links", links, 0, split, this::link);
    if (!concurrent) {
      laterLinks.run();
    }
    Tasks.await(laterLinks, "the links were checked");
    if (later != this) {
      for (Problem p : later.problems) {
        if (problems.size() < limit) {
          problems.add(p);
        }
      }
      // an id that names nothing may have had a number on each thread: the worker's numbers become ours
      facilityNumbers.adopt(later.facilityNumbers, split, m, ends.from, ends.to);
      materialNumbers.adopt(later.materialNumbers, split, m, ends.material);
    }
    linkConsistency(links);
    each("/unmappedInputs", d.unmappedInputs(), this::unmappedInput);
    each("/products", d.products(), this::product, Product::id);
    evidence("/evidence", d.evidence());
  }

  private static <T> void collectIds(List<T> items, Function<T, String> id, Map<String, Integer> into) {
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String value = item == null ? null : id.apply(item);
      if (value != null) {
        into.putIfAbsent(value, i);
      }
    }
  }

  private interface ElementCheck<T> {
    void check(String path, T element);
  }

  /** A check that also needs the element's index in its list. */
  private interface IndexedCheck<T> {
    void check(String path, T element, int index);
  }

  private <T> void each(String path, List<T> items, ElementCheck<T> check) {
    each(path, items, 0, items.size(), (at, element, index) -> check.check(at, element));
  }

  /** Checks the elements from index {@code from} up to, not including, {@code to}. */
  private <T> void each(String path, List<T> items, int from, int to, IndexedCheck<T> check) {
    for (int i = from; i < to; i++) {
      T item = items.get(i);
      if (item == null) {
        add(path + "/" + i, ProblemCode.MISSING_FIELD, "array element is null");
      } else {
        check.check(path + "/" + i, item, i);
      }
    }
  }

  /** Checks each element and, after each element's own checks, that its id is not taken by an earlier one. */
  private <T> void each(String path, List<T> items, ElementCheck<T> check, Function<T, String> id) {
    each(path, items, check, id, new HashMap<>());
  }

  /**
   * Checks each element and, after each element's own checks, that its id is not taken by an earlier one.
   *
   * @param first the index of the first element of each id: the one {@link #collectIds} filled (then only read), or
   *     an empty map filled here
   */
  private <T> void each(
      String path, List<T> items, ElementCheck<T> check, Function<T, String> id, Map<String, Integer> first) {
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        add(path + "/" + i, ProblemCode.MISSING_FIELD, "array element is null");
        continue;
      }
      check.check(path + "/" + i, item);
      String value = id.apply(item);
      if (value == null) {
        continue;
      }
      Integer previous = first.get(value); // a collected map is only read: the link checks' worker reads it too
      if (previous == null) {
        first.put(value, i);
      } else if (previous != i) {
        add(
            path + "/" + i + "/id",
            ProblemCode.DUPLICATE_ID,
            "duplicate id " + Texts.quote(value) + ", already used at " + path + "/" + previous);
      }
    }
  }

  private void missing(String parent, String field) {
    add(parent + "/" + field, ProblemCode.MISSING_FIELD, "required field " + Texts.quote(field) + " is missing");
  }

  /**
   * Checks a field against its rule (read from the record's annotations) and reports the first rule it breaks.
   *
   * @return whether it broke none (a {@code null} optional value breaks none)
   */
  private boolean valid(String parent, FieldRules rules, String field, Object value) {
    return rules.rule(field).check(parent, value, sink);
  }

  /** A field required by a rule between fields (not by an annotation): reports it when missing. */
  private boolean required(String parent, String field, Object value) {
    if (value == null) {
      missing(parent, field);
      return false;
    }
    return true;
  }

  /** Checks each element of a list field against the rule of its element type. */
  private void elements(String parent, FieldRules rules, String field, List<?> values) {
    rules.rule(field).checkElements(parent, values, sink);
  }

  private void notAfterAsOf(String parent, String field, LocalDate date) {
    if (date != null && asOf != null && date.isAfter(asOf)) {
      add(
          parent + "/" + field,
          ProblemCode.DATE_AFTER_AS_OF,
          "date " + date + " is after the dossier's asOf date " + asOf);
    }
  }

  private void notBefore(String parent, String field, LocalDate date, String otherField, LocalDate other) {
    if (date != null && other != null && date.isBefore(other)) {
      add(
          parent + "/" + field,
          ProblemCode.INVALID_VALUE,
          "date " + date + " is before " + otherField + " " + other);
    }
  }

  private void reference(String parent, String field, String id, Map<String, Integer> ids, String kind) {
    resolved(parent, field, id, id == null || ids.containsKey(id), kind);
  }

  /** A reference to an id already looked up: reports it when it is not blank and {@code found} says no record has it. */
  private void resolved(String parent, String field, String id, boolean found, String kind) {
    if (id != null && !id.isBlank() && !found) {
      add(parent + "/" + field, ProblemCode.BROKEN_REFERENCE, "no " + kind + " has the id " + Texts.quote(id));
    }
  }

  /** A field naming a facility: checked against its rule, then resolved. */
  private void facilityField(String parent, FieldRules rules, String field, String id) {
    if (valid(parent, rules, field, id)) {
      facilityRef(parent, field, id);
    }
  }

  /** A dated field: checked against its rule, then against the dossier's {@code asOf}. */
  private void datedField(String parent, FieldRules rules, String field, LocalDate date) {
    if (valid(parent, rules, field, date)) {
      notAfterAsOf(parent, field, date);
    }
  }

  private void facilityRef(String parent, String field, String id) {
    reference(parent, field, id, facilityIds, "facility");
  }

  private void documentRef(String parent, String field, String id) {
    reference(parent, field, id, documentIds, "document");
  }

  private void documentRefs(String parent, FieldRules rules, String field, List<String> ids) {
    elements(parent, rules, field, ids);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id != null && !id.isBlank() && !documentIds.containsKey(id)) {
        // the pointer is built only for a problem: most links name no document
        add(parent + "/" + field + "/" + i, ProblemCode.BROKEN_REFERENCE, "no document has the id " + Texts.quote(id));
      }
    }
  }

  private void partner(String path, Partner p) {
    valid(path, PARTNER, "name", p.name());
    valid(path, PARTNER, "country", p.country());
    valid(path, PARTNER, "entityType", p.entityType());
    each(path + "/memberships", p.memberships(), this::membership);
  }

  private void membership(String path, Membership m) {
    valid(path, MEMBERSHIP, "program", m.program());
    if (m.status() == MembershipStatus.APPLICANT) {
      if (required(path, "applied", m.applied())) {
        notAfterAsOf(path, "applied", m.applied());
      }
    } else {
      required(path, "since", m.since());
      notAfterAsOf(path, "applied", m.applied());
    }
    notBefore(path, "since", m.since(), "applied", m.applied());
    notAfterAsOf(path, "statusSince", m.statusSince());
    if (m.until() != null && m.since() != null && !m.until().isAfter(m.since())) {
      add(path + "/until", ProblemCode.INVALID_VALUE, "end " + m.until() + " is not after since " + m.since());
    }
    valid(path, MEMBERSHIP, "tier", m.tier());
  }

  private void facility(String path, Facility f) {
    valid(path, FACILITY, "id", f.id());
    valid(path, FACILITY, "name", f.name());
    elements(path, FACILITY, "aliases", f.aliases());
    valid(path, FACILITY, "country", f.country());
    // the class-level rule of @RegionCode: a well-formed region lies in the facility's well-formed country
    if (valid(path, FACILITY, "region", f.region())
        && f.region() != null
        && Codes.isCountryCode(f.country())
        && !Codes.regionMatchesCountry(f.region(), f.country())) {
      add(
          path + "/region",
          ProblemCode.INVALID_VALUE,
          "region " + Texts.quote(f.region()) + " is not in the facility's country " + Texts.quote(f.country()));
    }
    valid(path, FACILITY, "address", f.address());
    identifiers(path + "/identifiers", f.identifiers());
  }

  private void identifiers(String path, Identifiers ids) {
    valid(path, IDENTIFIERS, "osId", ids.osId());
    valid(path, IDENTIFIERS, "lei", ids.lei());
    valid(path, IDENTIFIERS, "uscc", ids.uscc());
    valid(path, IDENTIFIERS, "gln", ids.gln());
  }

  private void material(String path, Material m) {
    valid(path, MATERIAL, "id", m.id());
    valid(path, MATERIAL, "name", m.name());
    valid(path, MATERIAL, "hsCode", m.hsCode());
  }

  /**
   * Duplicate links and shares of one material into one facility that add up to more than the whole. Sorts link
   * indexes instead of hashing keys, so a dossier of millions of links needs a few bytes a link.
   */
  private void linkConsistency(List<Link> links) {
    // by link index, so the problems come out in document order (a duplicate never counts towards a share total,
    // so one link has at most one of the two problems)
    TreeMap<Integer, Problem> found = new TreeMap<>();
    // links grouped by (receiver, material), each group by supplier then index: every id numbered once (when its link
    // was checked), then three stable counting sorts, linear in the links; which number an id gets does not matter
    // for grouping
    int m = links.size();
    int[] to = ends.to;
    int[] material = ends.material;
    int[] from = ends.from;
    int valid = 0;
    for (int i = 0; i < m; i++) {
      if (to[i] >= 0) {
        valid++;
      }
    }
    int[] order = new int[valid];
    for (int i = 0, k = 0; i < m; i++) {
      if (to[i] >= 0) {
        order[k++] = i;
      }
    }
    order = stableBy(from, order, facilityNumbers.size());
    order = stableBy(material, order, materialNumbers.size());
    order = stableBy(to, order, facilityNumbers.size());
    int[] counted = new int[0];
    int groupStart = 0;
    for (int k = 0; k <= order.length; k++) {
      boolean sameGroup =
          k < order.length
              && k > groupStart
              && to[order[k]] == to[order[groupStart]]
              && material[order[k]] == material[order[groupStart]];
      if (k > groupStart && !sameGroup) {
        if (k - groupStart > 1) { // one link alone cannot cross the whole (its share is at most 1)
          if (counted.length < k - groupStart) {
            counted = new int[Math.max(k - groupStart, 2 * counted.length)];
          }
          shares(links, from, order, groupStart, k, counted, found);
        }
        groupStart = k;
      }
      if (sameGroup && from[order[k - 1]] == from[order[k]]) {
        Link b = links.get(order[k]);
        found.put(
            order[k],
            new Problem(
                "/links/" + order[k],
                ProblemCode.DUPLICATE_LINK,
                "the same link as /links/" + order[k - 1] + " (" + Texts.quote(b.material()) + " from "
                    + Texts.quote(b.from()) + " to " + Texts.quote(b.to()) + ")"));
      }
    }
    for (Problem p : found.values()) {
      if (problems.size() < limit) {
        problems.add(p);
      }
    }
  }

  /**
   * Numbers the ids of one kind that links name: an id collected from the dossier by the index it was collected at,
   * any other string by a number after those, the same for equal strings. The collected map is only read (a worker
   * reads it beside the owner); the other strings are numbered per thread and the worker's then {@linkplain #adopt
   * adopted}.
   */
  private static final class Numbering {
    private final Map<String, Integer> collected;
    private final int first;
    private Map<String, Integer> others;

    /**
     * @param collected the index of each id in its list
     * @param listSize the size of that list: every collected index is below it
     */
    Numbering(Map<String, Integer> collected, int listSize) {
      this.collected = collected;
      this.first = listSize;
    }

    /** A numbering for a worker: the same collected ids, other strings of its own. */
    Numbering(Numbering owner) {
      this(owner.collected, owner.first);
    }

    int number(String s) {
      Integer n = collected.get(s);
      if (n != null) {
        return n;
      }
      if (others == null) {
        others = new HashMap<>();
      }
      n = others.get(s);
      if (n == null) {
        n = first + others.size();
        others.put(s, n);
      }
      return n;
    }

    /** Whether a number is that of a collected id (a record has it). */
    boolean collected(int number) {
      return number >= 0 && number < first;
    }

    /**
     * Renumbers the strings a worker numbered outside the collected ids as this numbering does (giving new ones
     * numbers), in the given arrays from index {@code from} up to, not including, {@code to}.
     */
    void adopt(Numbering worker, int from, int to, int[]... numbers) {
      if (worker.others == null) {
        return;
      }
      int[] ours = new int[worker.others.size()];
      worker.others.forEach((s, n) -> ours[n - first] = number(s));
      for (int[] a : numbers) {
        for (int i = from; i < to; i++) {
          if (a[i] >= first) {
            a[i] = ours[a[i] - first];
          }
        }
      }
    }

    /** One more than the largest number given. */
    int size() {
      return first + (others == null ? 0 : others.size());
    }
  }

  /**
   * The numbers of each link's supplier, receiver and material ({@link Numbering}), by link index; {@code to} is -1
   * for a link that is null or lacks one of the three, which no consistency check counts.
   */
  private static final class LinkEnds {
    final int[] from;
    final int[] to;
    final int[] material;

    LinkEnds(int links) {
      from = new int[links];
      to = new int[links];
      material = new int[links];
      Arrays.fill(to, -1);
    }
  }

  /** Reorders {@code order} by {@code key} of each element, keeping the order of equal keys (a counting sort). */
  private static int[] stableBy(int[] key, int[] order, int keys) {
    int[] start = new int[keys + 1];
    for (int i : order) {
      start[key[i] + 1]++;
    }
    for (int k = 0; k < keys; k++) {
      start[k + 1] += start[k];
    }
    int[] out = new int[order.length];
    for (int i : order) {
      out[start[key[i]]++] = i;
    }
    return out;
  }

  /**
   * One group of links of one material into one facility: {@code order[start..end)}, sorted by supplier then index.
   *
   * @param from the number of each link's supplier
   * @param counted scratch space for at least {@code end - start} link indexes
   */
  private void shares(
      List<Link> links, int[] from, int[] order, int start, int end, int[] counted, Map<Integer, Problem> found) {
    int n = 0;
    for (int k = start; k < end; k++) {
      int i = order[k];
      boolean duplicate = k > start && from[order[k - 1]] == from[i];
      Double share = links.get(i).share();
      if (!duplicate && share != null && !share.isNaN() && share > 0 && share <= 1) {
        counted[n++] = i;
      }
    }
    if (n < 2) {
      return;
    }
    Arrays.sort(counted, 0, n);
    double total = 0;
    int crossing = -1;
    for (int k = 0; k < n; k++) {
      total += links.get(counted[k]).share();
      if (crossing < 0 && total > 1 + SHARE_TOLERANCE) {
        crossing = counted[k];
      }
    }
    if (crossing < 0) {
      return;
    }
    List<String> paths = new ArrayList<>();
    for (int k = 0; k < n && k < 10; k++) {
      paths.add("/links/" + counted[k]);
    }
    if (n > 10) {
      paths.add("and " + (n - 10) + " more");
    }
    Link l = links.get(crossing);
    found.put(
        crossing,
        new Problem(
            "/links/" + crossing + "/share",
            ProblemCode.SHARES_OVER_ONE,
            String.format(
                java.util.Locale.ROOT,
                "the shares of %s into %s add up to %.3f (%s): the inputs of one material into one facility cannot"
                    + " exceed the whole",
                Texts.quote(l.material()),
                Texts.quote(l.to()),
                total,
                String.join(", ", paths))));
  }

  /** Checks a link and numbers its ids ({@link #ends}). */
  private void link(String path, Link l, int i) {
    int from = l.from() == null ? -1 : facilityNumbers.number(l.from());
    int to = l.to() == null ? -1 : facilityNumbers.number(l.to());
    int material = l.material() == null ? -1 : materialNumbers.number(l.material());
    if (from >= 0 && to >= 0 && material >= 0) {
      ends.from[i] = from;
      ends.to[i] = to;
      ends.material[i] = material;
    }
    if (valid(path, LINK, "from", l.from())) {
      resolved(path, "from", l.from(), facilityNumbers.collected(from), "facility");
    }
    if (valid(path, LINK, "to", l.to())) {
      resolved(path, "to", l.to(), facilityNumbers.collected(to), "facility");
    }
    if (valid(path, LINK, "material", l.material())) {
      resolved(path, "material", l.material(), materialNumbers.collected(material), "material");
    }
    valid(path, LINK, "share", l.share());
    documentRefs(path, LINK, "documents", l.documents());
  }

  private void unmappedInput(String path, UnmappedInput u) {
    facilityField(path, UNMAPPED_INPUT, "facility", u.facility());
    if (valid(path, UNMAPPED_INPUT, "material", u.material())) {
      reference(path, "material", u.material(), materialIds, "material");
    }
  }

  private void product(String path, Product p) {
    valid(path, PRODUCT, "id", p.id());
    valid(path, PRODUCT, "name", p.name());
    valid(path, PRODUCT, "hsCode", p.hsCode());
    facilityField(path, PRODUCT, "producedBy", p.producedBy());
  }

  private void evidence(String path, Evidence e) {
    if (e.socialComplianceProgram() != null) {
      scp(path + "/socialComplianceProgram", e.socialComplianceProgram());
    }
    if (e.riskAssessment() != null) {
      riskAssessment(path + "/riskAssessment", e.riskAssessment());
    }
    if (e.codeOfConduct() != null) {
      codeOfConduct(path + "/codeOfConduct", e.codeOfConduct());
    }
    each(path + "/audits", e.audits(), this::audit, Audit::id);
    each(path + "/trainings", e.trainings(), this::training, Training::id);
    each(path + "/supplierCommitments", e.supplierCommitments(), this::commitment);
    if (e.remediationPlan() != null) {
      remediationPlan(path + "/remediationPlan", e.remediationPlan());
    }
    each(path + "/remediationCases", e.remediationCases(), this::remediationCase, RemediationCase::id);
    each(path + "/engagements", e.engagements(), this::engagement);
    each(path + "/documents", e.documents(), this::document, Document::id, documentIds);
  }

  private void documentField(String path, FieldRules rules, String document) {
    if (valid(path, rules, "document", document)) {
      documentRef(path, "document", document);
    }
  }

  private void scp(String path, SocialComplianceProgram s) {
    documentField(path, PROGRAM, s.document());
    notAfterAsOf(path, "adopted", s.adopted());
    notAfterAsOf(path, "lastReviewed", s.lastReviewed());
    notBefore(path, "lastReviewed", s.lastReviewed(), "adopted", s.adopted());
    List<LocalDate> reviews = s.reviews();
    for (int i = 0; i < reviews.size(); i++) {
      String at = path + "/reviews/" + i;
      if (reviews.get(i) == null) {
        add(at, ProblemCode.MISSING_FIELD, "array element is null");
      } else if (asOf != null && reviews.get(i).isAfter(asOf)) {
        add(at, ProblemCode.DATE_AFTER_AS_OF, "date " + reviews.get(i) + " is after the dossier's asOf date " + asOf);
      } else if (s.adopted() != null && reviews.get(i).isBefore(s.adopted())) {
        add(at, ProblemCode.INVALID_VALUE, "date " + reviews.get(i) + " is before adopted " + s.adopted());
      }
    }
  }

  private void riskAssessment(String path, RiskAssessment r) {
    documentField(path, RISK_ASSESSMENT, r.document());
    notAfterAsOf(path, "performed", r.performed());
    elements(path, RISK_ASSESSMENT, "sourcesConsulted", r.sourcesConsulted());
  }

  private void codeOfConduct(String path, CodeOfConduct c) {
    documentField(path, CODE_OF_CONDUCT, c.document());
    valid(path, CODE_OF_CONDUCT, "version", c.version());
    notAfterAsOf(path, "adopted", c.adopted());
    valid(path, CODE_OF_CONDUCT, "publicUrl", c.publicUrl());
    notAfterAsOf(path, "uploadedToPortal", c.uploadedToPortal());
    documentRefs(path, CODE_OF_CONDUCT, "policies", c.policies());
    Set<String> labels = new HashSet<>();
    if (c.version() != null) {
      labels.add(c.version());
    }
    each(path + "/versions", c.versions(), (at, v) -> codeVersion(at, v, c, labels));
  }

  private void codeVersion(String path, CodeOfConductVersion v, CodeOfConduct current, Set<String> labels) {
    if (valid(path, CODE_VERSION, "version", v.version()) && !labels.add(v.version())) {
      add(path + "/version", ProblemCode.DUPLICATE_ID, "version " + Texts.quote(v.version()) + " is listed twice");
    }
    if (valid(path, CODE_VERSION, "adopted", v.adopted()) && v.adopted() != null) {
      notAfterAsOf(path, "adopted", v.adopted());
      if (current.adopted() != null && !v.adopted().isBefore(current.adopted())) {
        add(
            path + "/adopted",
            ProblemCode.INVALID_VALUE,
            "an earlier version adopted on " + v.adopted() + ", not before the current version (" + current.adopted()
                + ")");
      }
    }
    documentField(path, CODE_VERSION, v.document());
    notAfterAsOf(path, "uploadedToPortal", v.uploadedToPortal());
    notBefore(path, "uploadedToPortal", v.uploadedToPortal(), "adopted", v.adopted());
  }

  private void audit(String path, Audit a) {
    valid(path, AUDIT, "id", a.id());
    facilityField(path, AUDIT, "facility", a.facility());
    datedField(path, AUDIT, "date", a.date());
    valid(path, AUDIT, "scheme", a.scheme());
    if (a.independent() && a.type() != null && !a.type().isIndependent()) {
      add(
          path + "/independent",
          ProblemCode.INVALID_VALUE,
          "independent is true but type is " + a.type() + ": only a THIRD_PARTY audit is independent");
    }
    documentField(path, AUDIT, a.document());
    each(path + "/findings", a.findings(), this::finding);
  }

  private void finding(String path, AuditFinding f) {
    valid(path, FINDING, "severity", f.severity());
    valid(path, FINDING, "status", f.status());
  }

  private void training(String path, Training t) {
    valid(path, TRAINING, "id", t.id());
    valid(path, TRAINING, "audience", t.audience());
    if (t.facility() != null) {
      facilityField(path, TRAINING, "facility", t.facility());
    } else if (t.audience() == TrainingAudience.SUPPLIER) {
      add(
          path + "/facility",
          ProblemCode.MISSING_FIELD,
          "required field \"facility\" is missing: a SUPPLIER training names the trained facility");
    }
    datedField(path, TRAINING, "date", t.date());
    elements(path, TRAINING, "topics", t.topics());
    valid(path, TRAINING, "participants", t.participants());
    documentField(path, TRAINING, t.document());
  }

  private void commitment(String path, SupplierCommitment c) {
    facilityField(path, COMMITMENT, "facility", c.facility());
    valid(path, COMMITMENT, "codeOfConductVersion", c.codeOfConductVersion());
    datedField(path, COMMITMENT, "acknowledged", c.acknowledged());
    documentField(path, COMMITMENT, c.document());
  }

  private void remediationPlan(String path, RemediationPlan r) {
    documentField(path, PLAN, r.document());
    notAfterAsOf(path, "adopted", r.adopted());
  }

  private void remediationCase(String path, RemediationCase c) {
    valid(path, CASE, "id", c.id());
    facilityField(path, CASE, "facility", c.facility());
    datedField(path, CASE, "opened", c.opened());
    elements(path, CASE, "indicators", c.indicators());
    notAfterAsOf(path, "disclosedToCbp", c.disclosedToCbp());
    each(path + "/actions", c.actions(), this::action);
    notAfterAsOf(path, "closed", c.closed());
    notBefore(path, "closed", c.closed(), "opened", c.opened());
    if (c.verification() != null && valid(path, CASE, "verification", c.verification())) {
      documentRef(path, "verification", c.verification());
    }
  }

  private void action(String path, RemediationAction a) {
    valid(path, ACTION, "description", a.description());
    valid(path, ACTION, "status", a.status());
  }

  private void engagement(String path, Engagement e) {
    datedField(path, ENGAGEMENT, "date", e.date());
    valid(path, ENGAGEMENT, "kind", e.kind());
    documentField(path, ENGAGEMENT, e.document());
    valid(path, ENGAGEMENT, "description", e.description());
  }

  private void document(String path, Document d) {
    valid(path, DOCUMENT, "id", d.id());
    valid(path, DOCUMENT, "title", d.title());
    valid(path, DOCUMENT, "path", d.path());
    valid(path, DOCUMENT, "sha256", d.sha256());
    valid(path, DOCUMENT, "language", d.language());
    notAfterAsOf(path, "issued", d.issued());
  }
}
