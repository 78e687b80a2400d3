package org.ctpat4j.tabular.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ctpat4j.core.Partner;
import org.ctpat4j.core.dossier.CodeOfConduct;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.dossier.Evidence;
import org.ctpat4j.core.dossier.RemediationPlan;
import org.ctpat4j.core.dossier.RiskAssessment;
import org.ctpat4j.core.dossier.SocialComplianceProgram;

/**
 * The tables of a tabular dossier and their columns, derived from the dossier model's record components, so that an
 * optional field added to a record becomes a column without any change here:
 *
 * <ul>
 *   <li>a scalar field (text, date, number, boolean, enumeration) is a column named after the JSON field;
 *   <li>a list of scalars is one column whose cell joins the items with the list separator;
 *   <li>a nested object is flattened into dotted columns ({@code identifiers.lei}), unless its type is one of the
 *       {@link #SINGLETONS}, which get a one-row table of their own;
 *   <li>a list of objects is a table of its own; under a list table it is keyed by the parent's id in a key column.
 * </ul>
 *
 * <p>The scalars of the dossier root ({@code asOf}, {@code format}) live in the {@code partner} table. Only the names
 * of tables and key columns that read better than the default rule are listed here. Immutable.
 */
public final class Layout {

  /** The kinds of values a column holds. */
  public enum Kind {
    /** Text, kept as written. */
    TEXT,
    /** A day, {@code YYYY-MM-DD} unless the mapping gives another format. */
    DATE,
    /** A decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the names of an enumeration (checked by the dossier reader). */
    ENUM
  }

  /**
   * One column.
   *
   * @param name the column name: the JSON field name, dotted for a flattened nested object
   * @param path the JSON field names from the table's object to the value
   * @param kind the kind of value (of each item for a list)
   * @param list whether the cell holds a list of values
   * @param root whether the value belongs to the dossier root rather than to the table's object
   * @param values the names of an enumeration's constants, empty for other kinds
   * @param required whether every row must have a value (a key column, or a field the model marks not null)
   */
  public record Column(
      String name, List<String> path, Kind kind, boolean list, boolean root, List<String> values, boolean required) {
    /** Copies the lists. */
    public Column {
      path = List.copyOf(path);
      values = List.copyOf(values);
    }
  }

  /**
   * One table.
   *
   * @param name the table name (the CSV file name without {@code .csv}, the XLSX sheet name)
   * @param field the JSON field of the object or list, in its parent
   * @param parentPointer the JSON Pointer of the object that holds the field, {@code ""} for the root; for a keyed
   *     child table, the pointer of the parent table (with {@code *} for the element index)
   * @param singleton whether the table has at most one row (an object rather than a list)
   * @param parent the table whose rows own these rows, or {@code null}
   * @param key the key column that names the owning row of {@code parent}, or {@code null} when there is no parent
   *     or the parent is a singleton
   * @param columns the columns, in the order of the format (a key column first)
   */
  public record Table(
      String name,
      String field,
      String parentPointer,
      boolean singleton,
      Table parent,
      String key,
      List<Column> columns) {

    /** Copies the columns. */
    public Table {
      columns = List.copyOf(columns);
    }

    /**
     * Returns the JSON Pointer of the table's object or list, with {@code *} for a parent element index.
     *
     * @return the pointer template
     */
    public String pointer() {
      return parentPointer + "/" + field;
    }

    /**
     * Finds a column by name.
     *
     * @param column the name
     * @return the column, or {@code null}
     */
    public Column column(String column) {
      for (Column c : columns) {
        if (c.name().equals(column)) {
          return c;
        }
      }
      return null;
    }
  }

  /** Nested object types that get a one-row table of their own instead of flattened columns. */
  static final Set<Class<?>> SINGLETONS =
      Set.of(
          Partner.class,
          SocialComplianceProgram.class,
          RiskAssessment.class,
          CodeOfConduct.class,
          RemediationPlan.class);

  /** Object types whose fields are laid out as if they were the parent's (the evidence section). */
  static final Set<Class<?>> CONTAINERS = Set.of(Evidence.class);

  /** Table names that read better than the default ({@code parent + Field} for a nested list). */
  static final Map<String, String> TABLE_NAMES =
      Map.of(
          "partner.memberships", "memberships",
          "audits.findings", "auditFindings",
          "remediationCases.actions", "remediationActions");

  /** Key column names that read better than the default (the parent table's name without its plural s). */
  static final Map<String, String> KEY_NAMES = Map.of("remediationCases", "remediationCase");

  private static final Layout STANDARD = new Layout();

  private final List<Table> tables;
  private final Map<String, Table> byName;

  private Layout() {
    List<Table> out = new ArrayList<>();
    List<Column> rootColumns = new ArrayList<>();
    for (RecordComponent c : Dossier.class.getRecordComponents()) {
      Type type = c.getGenericType();
      if (scalarKind(type) != null || listItem(type) != null && scalarKind(listItem(type)) != null) {
        rootColumns.add(column(List.of(c.getName()), type, true, false));
      }
    }
    walk(Dossier.class, "", null, out, rootColumns);
    this.tables = Collections.unmodifiableList(out);
    Map<String, Table> names = new LinkedHashMap<>();
    for (Table t : out) {
      if (names.put(t.name(), t) != null) {
        throw new IllegalStateException("two tables named " + t.name());
      }
    }
    this.byName = Collections.unmodifiableMap(names);
  }

  /**
   * Returns the layout of the current dossier model.
   *
   * @return the shared layout; never null
   */
  public static Layout standard() {
    return STANDARD;
  }

  /**
   * Returns the tables, parents before their children, in the order of the format.
   *
   * @return an unmodifiable list; never null
   */
  public List<Table> tables() {
    return tables;
  }

  /**
   * Finds a table by name.
   *
   * @param name the table name; never null
   * @return the table, or {@code null}
   */
  public Table table(String name) {
    return byName.get(Objects.requireNonNull(name, "name"));
  }

  /** Lays out the list and singleton fields of a record (the root, or a container such as evidence). */
  private static void walk(Class<?> type, String pointer, Table parent, List<Table> out, List<Column> rootColumns) {
    for (RecordComponent c : type.getRecordComponents()) {
      Type t = c.getGenericType();
      Type item = listItem(t);
      if (t instanceof Class<?> cls && SINGLETONS.contains(cls)) {
        table(c.getName(), c.getName(), pointer, true, parent, null, cls, out,
            cls == Partner.class ? rootColumns : List.of());
      } else if (t instanceof Class<?> cls && CONTAINERS.contains(cls)) {
        walk(cls, pointer + "/" + c.getName(), parent, out, rootColumns);
      } else if (item instanceof Class<?> cls && cls.isRecord()) {
        table(c.getName(), c.getName(), pointer, false, parent, null, cls, out, List.of());
      } else if (type != Dossier.class) {
        throw new IllegalStateException(
            "no tabular layout for " + type.getSimpleName() + "." + c.getName() + " of type " + t.getTypeName());
      }
    }
  }

  private static void table(
      String name,
      String field,
      String parentPointer,
      boolean singleton,
      Table parent,
      String key,
      Class<?> type,
      List<Table> out,
      List<Column> extra) {
    List<Column> columns = new ArrayList<>();
    if (key != null) {
      columns.add(new Column(key, List.of(), Kind.TEXT, false, false, List.of(), true));
    }
    List<RecordComponent> children = new ArrayList<>();
    flatten(type, List.of(), columns, children);
    columns.addAll(extra);
    int at = out.size();
    Table table = new Table(name, field, parentPointer, singleton, parent, key, columns);
    out.add(at, table);
    for (RecordComponent c : children) {
      Class<?> itemType = (Class<?>) listItem(c.getGenericType());
      String qualified = name + "." + c.getName();
      String childName =
          TABLE_NAMES.getOrDefault(qualified, name + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1));
      String childKey = singleton ? null : KEY_NAMES.getOrDefault(name, singular(name));
      String childParentPointer = singleton ? table.pointer() : table.pointer() + "/*";
      table(childName, c.getName(), childParentPointer, false, table, childKey, itemType, out, List.of());
    }
  }

  private static void flatten(Class<?> type, List<String> prefix, List<Column> columns, List<RecordComponent> children) {
    for (RecordComponent c : type.getRecordComponents()) {
      Type t = c.getGenericType();
      List<String> path = new ArrayList<>(prefix);
      path.add(c.getName());
      Type item = listItem(t);
      if (scalarKind(t) != null || item != null && scalarKind(item) != null) {
        columns.add(column(path, t, false, prefix.isEmpty() && item == null && required(c)));
      } else if (item instanceof Class<?> cls && cls.isRecord() && prefix.isEmpty()) {
        children.add(c);
      } else if (t instanceof Class<?> cls && cls.isRecord() && !SINGLETONS.contains(cls)) {
        flatten(cls, path, columns, children);
      } else {
        throw new IllegalStateException(
            "no tabular layout for " + type.getSimpleName() + "." + c.getName() + " of type " + t.getTypeName());
      }
    }
  }

  private static boolean required(RecordComponent c) {
    return c.getAccessor().isAnnotationPresent(NotNull.class)
        || c.getAccessor().isAnnotationPresent(NotBlank.class)
        || c.getType().isPrimitive() && c.getType() != boolean.class;
  }

  private static Column column(List<String> path, Type type, boolean root, boolean required) {
    Type item = listItem(type);
    boolean list = item != null;
    Type scalar = list ? item : type;
    Kind kind = scalarKind(scalar);
    List<String> values = new ArrayList<>();
    if (kind == Kind.ENUM) {
      for (Object constant : ((Class<?>) scalar).getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
    }
    return new Column(String.join(".", path), path, kind, list, root, values, required);
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private static Type listItem(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return p.getActualTypeArguments()[0];
    }
    return null;
  }

  private static Kind scalarKind(Type type) {
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    if (c == String.class) {
      return Kind.TEXT;
    }
    if (c == LocalDate.class) {
      return Kind.DATE;
    }
    if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
      return Kind.NUMBER;
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return Kind.INTEGER;
    }
    if (c == Boolean.class || c == boolean.class) {
      return Kind.BOOLEAN;
    }
    if (c.isEnum()) {
      return Kind.ENUM;
    }
    return null;
  }
}
